"""`flask worker`: run the background jobs (sending, retention, reliability, report emails)."""
from __future__ import annotations

import logging
import os

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from huey import Huey

from surveys.jobs.queue import queue_for, start_jobs

WORKER_NICENESS = 10


def run_burst(huey: Huey) -> int:
    """Run queued jobs (and scheduled retries that are due) until none is left; how many ran."""
    ran = 0
    while True:
        task = huey.dequeue()
        if task is None:
            ready = huey.read_schedule()
            for scheduled in ready:
                huey.enqueue(scheduled)
            if not ready:
                return ran
            continue
        huey.execute(task)
        ran += 1


@click.command("worker")
@click.option("--burst", is_flag=True, help="Run what is queued now, then exit.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Jobs run side by side in this process (threads).")
@click.option("--no-scheduler", is_flag=True,
              help="Do not start the periodic jobs here: run exactly one scheduler in all.")
@with_appcontext
def worker_command(burst: bool, workers: int, no_scheduler: bool) -> None:
    """Run background jobs until stopped (Ctrl+C), or with --burst until the queue is empty."""
    if not logging.getLogger().handlers:  # say what each job did, ids only (see delivery)
        logging.basicConfig(level=logging.INFO,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Background work gives way to family pages: the worker runs below the web server's CPU
    # priority (FLASK_WORKER_NICENESS, 0 to turn off), so sending never slows a family's page.
    niceness = int(current_app.config.get("WORKER_NICENESS", WORKER_NICENESS))
    if niceness:
        os.nice(niceness)
    huey = queue_for(current_app._get_current_object())
    if burst:
        click.echo(f"Ran {run_burst(huey)} jobs; the queue is empty.")
        return
    consumer = huey.create_consumer(workers=workers, worker_type="thread",
                                    periodic=not no_scheduler, check_worker_health=True)
    if not no_scheduler:
        start_jobs(current_app._get_current_object())
    consumer.run()


def init_app(app: Flask) -> None:
    """Register the command."""
    app.cli.add_command(worker_command)
