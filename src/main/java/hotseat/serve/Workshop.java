package hotseat.serve;

import java.util.List;
import java.util.function.Supplier;

import hotseat.conversation.ReplyMatcher;
import hotseat.scoring.ReplyScorer;
import hotseat.session.Playable;
import hotseat.store.RunDatabase;

/**
 * What every trainee's connection shares: the room, the run database, the scenarios on offer,
 * the scorer, and how plain mode plays a run (the command line's own line-by-line player).
 *
 * @param scenarios one scenario everyone plays, or several a trainee picks from
 */
record Workshop(Room room, RunDatabase store, List<Playable> scenarios, Supplier<ReplyScorer> scorer,
                Supplier<ReplyMatcher> matcher, PlainPlay plain) {}
