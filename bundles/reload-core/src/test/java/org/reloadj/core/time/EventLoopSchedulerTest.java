package org.reloadj.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventLoopSchedulerTest {
    private final ScheduledThreadPoolExecutor shared = new ScheduledThreadPoolExecutor(1);

    @AfterEach
    void stop() {
        shared.shutdownNow();
    }

    @Test
    void a_loop_on_a_shared_thread_runs_tasks_and_timers_there() throws Exception {
        EventLoopScheduler loop = EventLoopScheduler.on(shared, Clock.systemUTC());
        AtomicBoolean inLoop = new AtomicBoolean();
        CountDownLatch ran = new CountDownLatch(2);
        loop.execute(() -> {
            inLoop.set(loop.inLoop());
            ran.countDown();
        });
        loop.schedule(Duration.ofMillis(1), ran::countDown);
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(inLoop).isTrue();
        assertThat(loop.inLoop()).isFalse();
    }

    @Test
    void closing_a_loop_on_a_shared_thread_cancels_its_timers_and_leaves_the_thread_running() throws Exception {
        EventLoopScheduler loop = EventLoopScheduler.on(shared, Clock.systemUTC());
        AtomicInteger runs = new AtomicInteger();
        loop.schedule(Duration.ofHours(1), runs::incrementAndGet);
        assertThat(shared.getQueue()).hasSize(1);

        loop.close();

        assertThat(shared.getQueue()).allMatch(task -> ((java.util.concurrent.Future<?>) task).isCancelled());
        assertThat(shared.isShutdown()).isFalse();
        loop.execute(runs::incrementAndGet);
        loop.schedule(Duration.ZERO, runs::incrementAndGet);
        CountDownLatch after = new CountDownLatch(1);
        shared.execute(after::countDown);
        assertThat(after.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(0);
        assertThat(loop.isClosed()).isTrue();
    }

    @Test
    void tasks_queued_before_close_do_not_run_after_it() throws Exception {
        EventLoopScheduler loop = EventLoopScheduler.on(shared, Clock.systemUTC());
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        shared.execute(() -> {
            blocked.countDown();
            await().until(() -> release.getCount() == 0);
        });
        assertThat(blocked.await(5, TimeUnit.SECONDS)).isTrue();
        loop.execute(runs::incrementAndGet);
        loop.close();
        release.countDown();
        CountDownLatch drained = new CountDownLatch(1);
        shared.execute(drained::countDown);
        assertThat(drained.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(0);
    }

    @Test
    void an_own_thread_loop_accepts_late_tasks_quietly_once_closed() {
        EventLoopScheduler loop = new EventLoopScheduler("test-loop");
        loop.close();
        assertThatCode(() -> {
            loop.execute(() -> { });
            loop.schedule(Duration.ofMillis(1), () -> { }).cancel();
        }).doesNotThrowAnyException();
    }

    @Test
    void a_task_that_throws_does_not_stop_the_loop() throws Exception {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            EventLoopScheduler loop = EventLoopScheduler.on(executor, Clock.systemUTC());
            Thread.UncaughtExceptionHandler quiet = (t, e) -> { };
            CountDownLatch next = new CountDownLatch(1);
            loop.execute(() -> {
                Thread.currentThread().setUncaughtExceptionHandler(quiet);
                throw new IllegalStateException("boom");
            });
            loop.execute(next::countDown);
            assertThat(next.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            executor.shutdownNow();
        }
    }
}
