/**
 * The strength hint under a new-password field: zxcvbn's estimate of how many guesses the password
 * would take, in words. Its dictionaries weigh about a megabyte, so they load on first use, on the
 * pages that ask for a new password only.
 */
export type StrengthLabel = "Too weak" | "Weak" | "Fair" | "Strong" | "Very strong";

export interface PasswordStrength {
  /** 0 (guessed at once) to 4 (out of reach), zxcvbn's scale. */
  score: 0 | 1 | 2 | 3 | 4;
  label: StrengthLabel;
  /** Why it is weak, when zxcvbn can say ("This is a heavily used password."). */
  warning: string | null;
}

const LABELS: readonly StrengthLabel[] = ["Too weak", "Weak", "Fair", "Strong", "Very strong"];

type Checker = (password: string, context: string[]) => PasswordStrength;

let checker: Promise<Checker> | undefined;

async function loadChecker(): Promise<Checker> {
  const [{ ZxcvbnFactory }, common, english] = await Promise.all([
    import("@zxcvbn-ts/core"),
    import("@zxcvbn-ts/language-common"),
    import("@zxcvbn-ts/language-en"),
  ]);
  const zxcvbn = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return (password, context) => {
    // zxcvbn matches each input whole: give it the name's and the email's parts as well.
    const words = context.flatMap((value) => [value, ...value.split(/[\s@.+_-]+/u)]);
    const result = zxcvbn.check(password, ["devmarket", ...words.filter(Boolean)]);
    return {
      score: result.score,
      label: LABELS[result.score] ?? "Too weak",
      warning: result.feedback.warning,
    };
  };
}

/** The estimate for `password`, given the words of this person (`context`: name, email). */
export async function estimatePasswordStrength(
  password: string,
  context: string[] = [],
): Promise<PasswordStrength> {
  checker ??= loadChecker();
  return (await checker)(password, context);
}
