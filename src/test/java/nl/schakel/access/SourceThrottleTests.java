package nl.schakel.access;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.schakel.testing.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceThrottleTests {

    private final MutableClock clock = new MutableClock();

    @Test
    void manyThreadsAtOnceNeverGetMoreThanTheLimit() throws Exception {
        SourceThrottle throttle = new SourceThrottle(10, Duration.ofMinutes(10), clock);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            attempts.add(pool.submit(() -> {
                start.await();
                return throttle.tryAcquire("192.0.2.1");
            }));
        }
        start.countDown();
        int granted = 0;
        for (Future<Boolean> attempt : attempts) {
            granted += attempt.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(granted).isEqualTo(10);
    }

    @Test
    void anIpv6SourceIsItsSlash64AndAnIpv4SourceItsAddress() {
        assertThat(source("2001:db8:1:2:3:4:5:6")).isEqualTo(source("2001:db8:1:2:ffff::1"));
        assertThat(source("2001:db8:1:2::1")).isNotEqualTo(source("2001:db8:1:3::1"));
        assertThat(source("192.0.2.1")).isNotEqualTo(source("192.0.2.2"));
    }

    private static String source(String address) {
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr(address);
        return SourceThrottle.source(request);
    }

    @Test
    void oneSourceRunningDryDoesNotAffectAnother() {
        SourceThrottle throttle = new SourceThrottle(3, Duration.ofMinutes(15), clock);
        for (int i = 0; i < 1000; i++) {
            throttle.tryAcquire("192.0.2.1");
        }

        assertThat(throttle.tryAcquire("192.0.2.1")).isFalse();
        assertThat(throttle.tryAcquire("192.0.2.2")).isTrue();
    }

    @Test
    void aSourceEarnsATokenBackEveryWindowDividedByTheLimit() {
        SourceThrottle throttle = new SourceThrottle(10, Duration.ofMinutes(10), clock);
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.tryAcquire("192.0.2.1")).isTrue();
        }
        assertThat(throttle.tryAcquire("192.0.2.1")).isFalse();
        assertThat(throttle.retryAfterSeconds()).isEqualTo(60);

        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.tryAcquire("192.0.2.1")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.tryAcquire("192.0.2.1")).isTrue();
        assertThat(throttle.tryAcquire("192.0.2.1")).isFalse();
    }

    @Test
    void aClockThatGoesBackLeavesASourceNoMoreThanOneWindowToWait() {
        SourceThrottle throttle = new SourceThrottle(10, Duration.ofMinutes(10), clock);
        clock.advance(Duration.ofHours(8));
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.tryAcquire("192.0.2.1")).isTrue();
        }
        clock.reset();

        assertThat(throttle.tryAcquire("192.0.2.1")).isFalse();
        clock.advance(Duration.ofSeconds(60));
        assertThat(throttle.tryAcquire("192.0.2.1")).as("a token back after window / limit, not after eight hours")
                .isTrue();
    }

    @Test
    void aReleasedTokenCanBeUsedAgainAndAQuietSourceIsForgotten() {
        SourceThrottle throttle = new SourceThrottle(2, Duration.ofMinutes(10), clock);
        assertThat(throttle.isKnown("192.0.2.1")).isFalse();
        throttle.tryAcquire("192.0.2.1");
        throttle.tryAcquire("192.0.2.1");
        assertThat(throttle.isKnown("192.0.2.1")).isTrue();

        throttle.release("192.0.2.1");
        assertThat(throttle.tryAcquire("192.0.2.1")).isTrue();

        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.isKnown("192.0.2.1")).isFalse();
    }
}
