/** The id of the status stepper, the region that shows where an order stands. */
export const ORDER_PROGRESS_ID = "order-progress";

/**
 * After the viewer's own move (a proof sent, a payment confirmed, ...) the form or button they used is gone:
 * focus goes to the new status instead of falling to <body>. Two frames let React commit the new order and a
 * closing dialog hand focus back to its (now removed) opener first.
 */
export function focusOrderProgress(): void {
  requestAnimationFrame(() => {
    requestAnimationFrame(() => {
      document.getElementById(ORDER_PROGRESS_ID)?.focus();
    });
  });
}
