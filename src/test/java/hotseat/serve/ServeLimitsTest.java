package hotseat.serve;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workshop server's per-address limits at the door, on a clock the test moves. */
class ServeLimitsTest {
    private Instant now = Instant.parse("2026-03-01T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void anAddressMayOpenSoManyConnectionsAMinuteAndOthersAreNotHeldBackByIt() {
        Doorman door = new Doorman(clock, 3, 10, Duration.ofMinutes(5));
        for (int i = 0; i < 3; i++) {
            assertTrue(door.connecting("192.0.2.1"));
        }
        assertFalse(door.connecting("192.0.2.1"), "the fourth within a minute");
        assertTrue(door.connecting("192.0.2.2"), "another address");
        now = now.plusSeconds(61);
        assertTrue(door.connecting("192.0.2.1"), "a minute later");
    }

    @Test
    void tooManyWrongRoomCodesWithinAMinuteRefuseTheAddressForAWhile() {
        Doorman door = new Doorman(clock, 60, 3, Duration.ofMinutes(5));
        door.wrongCode("192.0.2.1");
        door.wrongCode("192.0.2.1");
        assertFalse(door.blocked("192.0.2.1"));
        door.wrongCode("192.0.2.1");
        assertTrue(door.blocked("192.0.2.1"));
        assertFalse(door.blocked("192.0.2.2"), "another address");
        now = now.plus(Duration.ofMinutes(4));
        assertTrue(door.blocked("192.0.2.1"));
        now = now.plus(Duration.ofMinutes(2));
        assertFalse(door.blocked("192.0.2.1"), "after the block");
    }

    @Test
    void wrongCodesSpreadOverMoreThanAMinuteDoNotAddUp() {
        Doorman door = new Doorman(clock, 60, 3, Duration.ofMinutes(5));
        for (int i = 0; i < 10; i++) {
            door.wrongCode("192.0.2.1");
            now = now.plusSeconds(31);
        }
        assertFalse(door.blocked("192.0.2.1"));
    }

    @Test
    void limitsCountByAddressNotByPort() {
        assertEquals("127.0.0.1", Doorman.address(new InetSocketAddress("127.0.0.1", 50123)));
    }
}
