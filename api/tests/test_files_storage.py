"""File storage on both backends (DESIGN §12): the local directory, and an S3-compatible bucket (moto's standalone
server speaking the S3 protocol, started by the test); and the cleanup of unattached uploads older than 24 h."""

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import boto3
import pytest
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from moto.server import ThreadedMotoServer
from pydantic import SecretStr
from sqlalchemy import text

from app.core.config import Settings
from app.core.db import Database
from app.files.cleanup import delete_stale_uploads
from app.files.storage import FileStorage, storage_from_settings
from app.jobs.registry import BLUEPRINTS
from app.main import create_app
from tests.factories import Factory
from tests.files_helpers import PDF, png, uploaded

BUCKET = "devmarket-files-test"


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id="test-key",
        aws_secret_access_key="test-secret",
        region_name="us-east-1",
    ).create_bucket(Bucket=BUCKET)
    yield endpoint
    server.stop()


def _bucket_keys(endpoint: str) -> set[str]:
    s3 = boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id="test-key",
        aws_secret_access_key="test-secret",
        region_name="us-east-1",
    )
    return {item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


@pytest.fixture
def s3_settings(settings: Settings, s3_endpoint: str) -> Settings:
    return settings.model_copy(
        update={
            "s3_bucket": BUCKET,
            "s3_endpoint": s3_endpoint,
            "s3_access_key_id": "test-key",
            "s3_secret_access_key": SecretStr("test-secret"),
            "s3_region": "us-east-1",
        }
    )


@pytest.fixture
async def s3_client(s3_settings: Settings, database: Database) -> AsyncIterator[AsyncClient]:
    application: FastAPI = create_app(s3_settings)
    application.state.database = database
    async with AsyncClient(
        transport=ASGITransport(app=application), base_url="http://testserver"
    ) as http:
        yield http


def test_the_settings_choose_the_backend(settings: Settings, s3_settings: Settings) -> None:
    assert storage_from_settings(settings).kind == "local"
    assert storage_from_settings(s3_settings).kind == "s3"
    with pytest.raises(ValueError, match="all four S3 settings"):
        Settings(**{**settings.model_dump(), "s3_bucket": "only-a-bucket", "_env_file": None})


async def test_uploads_and_downloads_go_through_the_bucket(
    s3_client: AsyncClient, factory: Factory, s3_endpoint: str
) -> None:
    user = await factory.user()
    image = await uploaded(s3_client, factory, user, "photo.png", png(900, 300))
    document = await uploaded(s3_client, factory, user, "spec.pdf", PDF)
    keys = _bucket_keys(s3_endpoint)
    assert {
        f"files/{image['id']}",
        f"thumbnails/{image['id']}.webp",
        f"files/{document['id']}",
    } <= keys
    assert (await s3_client.get(document["url"])).content == PDF
    thumbnail = await s3_client.get(image["thumbnail_url"])
    assert thumbnail.status_code == 200
    assert thumbnail.headers["content-type"] == "image/webp"


async def test_stale_uploads_leave_the_table_and_the_bucket(
    s3_client: AsyncClient,
    s3_settings: Settings,
    factory: Factory,
    database: Database,
    s3_endpoint: str,
) -> None:
    user = await factory.user()
    stale = await uploaded(s3_client, factory, user, "stale.png", png(30, 30))
    await _age(database, stale["id"], "25 hours")
    await delete_stale_uploads(database, storage_from_settings(s3_settings))
    keys = _bucket_keys(s3_endpoint)
    assert f"files/{stale['id']}" not in keys
    assert f"thumbnails/{stale['id']}.webp" not in keys


async def _age(database: Database, file_id: str, interval: str) -> None:
    async with database.engine.begin() as connection:
        await connection.execute(
            text(
                "UPDATE files SET created_at = now() - CAST(:age AS interval) WHERE id = CAST(:id AS uuid)"
            ),
            {"age": interval, "id": file_id},
        )


async def _count(database: Database, file_id: str) -> int:
    async with database.engine.connect() as connection:
        found = await connection.execute(
            text("SELECT count(*) FROM files WHERE id = CAST(:id AS uuid)"), {"id": file_id}
        )
        return int(found.scalar_one())


async def test_only_unattached_uploads_older_than_a_day_are_deleted(
    client: AsyncClient, factory: Factory, database: Database, settings: Settings
) -> None:
    user = await factory.user()
    old_loose = await uploaded(client, factory, user, "forgotten.pdf", PDF)
    old_attached = await uploaded(client, factory, user, "kept.png", png(20, 20))
    fresh_loose = await uploaded(client, factory, user, "in-progress.pdf", PDF)
    assert (
        await client.patch("/users/me", json={"avatar_file_id": old_attached["id"]})
    ).status_code == 200
    for file in (old_loose, old_attached):
        await _age(database, file["id"], "25 hours")
    storage: FileStorage = storage_from_settings(settings)
    on_disk = Path(settings.files_dir) / "files" / old_loose["id"]
    assert on_disk.exists()

    assert await delete_stale_uploads(database, storage) == 1
    assert await _count(database, old_loose["id"]) == 0
    assert not on_disk.exists()
    assert await _count(database, old_attached["id"]) == 1
    assert await _count(database, fresh_loose["id"]) == 1
    # Idempotent: a second run (or a second worker) finds nothing.
    assert await delete_stale_uploads(database, storage) == 0


def test_the_cleanup_is_a_periodic_job() -> None:
    blueprint = BLUEPRINTS["files"]
    assert "files:delete_stale_uploads" in blueprint.tasks
    periodic = list(blueprint.periodic_registry.periodic_tasks.values())
    assert [p.cron for p in periodic] == ["*/10 * * * *"]
