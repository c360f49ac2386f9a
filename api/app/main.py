"""The FastAPI application: settings, middleware, routers."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app import health
from app.admin.routes import router as admin_router
from app.core.config import Settings, get_settings
from app.core.db import Database
from app.core.edge import Edge
from app.core.error_handlers import install_error_handlers
from app.core.observability import configure_logging
from app.core.openapi import install_openapi
from app.core.routing import operation_id, serve
from app.email.routes import router as email_router
from app.files.routes import router as files_router
from app.files.storage import storage_from_settings
from app.gigs.discovery_routes import router as discovery_router
from app.gigs.routes import router as gigs_router
from app.jobs.runner import JobRunner
from app.messages.routes import router as messages_router
from app.notifications.routes import router as notifications_router
from app.orders.routes import router as orders_router
from app.realtime.routes import router as realtime_router
from app.realtime.service import Realtime
from app.reviews.routes import router as reviews_router
from app.users.routes import router as users_router


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    database = Database(settings)
    realtime = Realtime(settings.redis_url)

    @asynccontextmanager
    async def lifespan(application: FastAPI) -> AsyncIterator[None]:
        await realtime.start()
        # Read from the state: tests swap the database after building the app.
        jobs = JobRunner(settings, application.state.database, realtime)
        await jobs.open()
        application.state.jobs = jobs
        if settings.worker == "inline":
            jobs.start_worker()
        yield
        await jobs.close()
        await realtime.stop()
        await database.dispose()

    configure_logging(json_lines=settings.is_production)
    app = FastAPI(
        # The interactive docs are for development; production does not advertise its surface.
        docs_url=None if settings.is_production else "/docs",
        redoc_url=None,
        openapi_url=None if settings.is_production else "/openapi.json",
        title="DevMarket API",
        version="1.0.0",
        summary="Gigs, orders with manual payment confirmation, messages, reviews and moderation.",
        lifespan=lifespan,
        redirect_slashes=False,
        generate_unique_id_function=operation_id,
        # No OpenTelemetry here: left on, FastAPI asks the global providers on every request whether one is set.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    app.state.settings = settings
    app.state.database = database
    app.state.realtime = realtime
    app.state.storage = storage_from_settings(settings)
    app.state.jobs = None  # the JobRunner, once the lifespan has opened it

    install_error_handlers(app)
    install_openapi(app)
    serve(
        app,
        [
            health.router,
            users_router,
            gigs_router,
            orders_router,
            reviews_router,
            messages_router,
            notifications_router,
            realtime_router,
            admin_router,
            email_router,
            files_router,
            discovery_router,
        ],
    )

    app.add_middleware(Edge, allowed_origins=settings.allowed_origins)
    return app


def __getattr__(name: str) -> FastAPI:
    # `uvicorn app.main:app` builds the app on first access, so importing this module for tests
    # or tooling never requires production settings.
    if name == "app":
        application = create_app()
        globals()["app"] = application
        return application
    raise AttributeError(name)
