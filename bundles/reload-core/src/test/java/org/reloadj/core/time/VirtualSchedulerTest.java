package org.reloadj.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualSchedulerTest {
    private final VirtualScheduler scheduler = new VirtualScheduler(Instant.EPOCH);

    @Test
    void runs_tasks_in_deadline_order_then_scheduling_order_as_time_advances() {
        List<String> ran = new ArrayList<>();
        scheduler.schedule(Duration.ofSeconds(2), () -> ran.add("b"));
        scheduler.schedule(Duration.ofSeconds(1), () -> ran.add("a"));
        scheduler.schedule(Duration.ofSeconds(2), () -> ran.add("c"));
        scheduler.advance(Duration.ofMillis(1999));
        assertThat(ran).containsExactly("a");
        scheduler.advance(Duration.ofMillis(1));
        assertThat(ran).containsExactly("a", "b", "c");
        assertThat(scheduler.clock().instant()).isEqualTo(Instant.EPOCH.plusSeconds(2));
    }

    @Test
    void a_task_sees_the_clock_at_its_deadline_and_may_schedule_more() {
        List<Instant> seen = new ArrayList<>();
        scheduler.schedule(Duration.ofSeconds(1), () -> {
            seen.add(scheduler.clock().instant());
            scheduler.schedule(Duration.ofSeconds(1), () -> seen.add(scheduler.clock().instant()));
        });
        assertThat(scheduler.runUntilIdle()).isEqualTo(2);
        assertThat(seen).containsExactly(Instant.EPOCH.plusSeconds(1), Instant.EPOCH.plusSeconds(2));
    }

    @Test
    void a_cancelled_task_never_runs() {
        List<String> ran = new ArrayList<>();
        Scheduler.Timer t = scheduler.schedule(Duration.ofSeconds(1), () -> ran.add("x"));
        t.cancel();
        scheduler.advance(Duration.ofSeconds(5));
        assertThat(ran).isEmpty();
        assertThat(scheduler.pending()).isZero();
    }
}
