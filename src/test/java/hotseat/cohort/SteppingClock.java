package hotseat.cohort;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand: the time stays where it was last set. */
public final class SteppingClock extends Clock {
    private Instant now;

    public SteppingClock(String iso) {
        now = Instant.parse(iso);
    }

    /** Moves the clock on by {@code seconds}. */
    public SteppingClock after(long seconds) {
        now = now.plusSeconds(seconds);
        return this;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
