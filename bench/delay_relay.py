# SPDX-License-Identifier: GPL-3.0-or-later
"""A TCP relay on 127.0.0.1 that holds every byte for a fixed one-way delay in each
direction, in front of the loopback Exim: a server one network round trip away, for the
benchmarks (this machine's kernel has no netem). Order is kept; a close is passed on after
the bytes before it. Everything stays on loopback.

    with DelayRelay(target_port, rtt_ms=20) as relay:
        ... connect clients to 127.0.0.1:relay.port ...
"""
import asyncio
import threading
import time


class DelayRelay:
    def __init__(self, target_port, rtt_ms, host="127.0.0.1"):
        self.target = (host, target_port)
        self.delay = rtt_ms / 2000.0  # one way, seconds
        self.port = None
        self._loop = None
        self._thread = None
        self._ready = threading.Event()

    def description(self, info):
        """Exim's description (bench_exim.start_exim) with its STARTTLS port this relay's."""
        return dict(info, ports=dict(info["ports"], smtp_starttls=self.port))

    def __enter__(self):
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the delay relay did not start")
        return self

    def __exit__(self, *exc):
        async def stop():
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self._loop.stop()

        asyncio.run_coroutine_threadsafe(stop(), self._loop)
        self._thread.join(10)

    def _run(self):
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(
            asyncio.start_server(self._client, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        server.close()

    async def _client(self, c_reader, c_writer):
        try:
            s_reader, s_writer = await asyncio.open_connection(*self.target)
        except OSError:
            c_writer.close()
            return
        try:
            await asyncio.gather(self._pipe(c_reader, s_writer),
                                 self._pipe(s_reader, c_writer), return_exceptions=True)
        except asyncio.CancelledError:  # the relay stops
            pass
        for w in (c_writer, s_writer):
            w.close()

    async def _pipe(self, reader, writer):
        """Bytes read now are written `delay` later, in order; EOF likewise."""
        queue = asyncio.Queue()

        async def forward():
            while True:
                due, data = await queue.get()
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                if data is None:
                    try:
                        writer.write_eof()
                    except (OSError, RuntimeError):
                        writer.close()
                    return
                writer.write(data)
                await writer.drain()

        task = asyncio.ensure_future(forward())
        try:
            while True:
                data = await reader.read(65536)
                queue.put_nowait((time.monotonic() + self.delay, data or None))
                if not data:
                    break
            await task
        except (OSError, ConnectionError):
            task.cancel()
            writer.close()
