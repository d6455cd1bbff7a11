package hotseat.cohort;

import java.util.List;
import java.util.Random;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.Mode;
import hotseat.conversation.Reply;
import hotseat.load.CheckResult;
import hotseat.load.ScenarioLibrary;
import hotseat.load.ScoringFiles;
import hotseat.scenario.Node;
import hotseat.session.PlaySession;
import hotseat.session.PlaySettings;
import hotseat.session.Playable;
import hotseat.session.RunRecord;
import hotseat.session.RunRecorder;

/**
 * A large room for looking at and timing the report: seeded random runs of a built-in scenario,
 * played through the play session with the real scorer — options picked at random, a third of
 * the replies typed from a mixed pool, one run in ten left before its ending, and a few to forty
 * seconds per reply.
 */
public final class DemoRoom {
    static final List<String> TYPED = List.of(
            "I'm so sorry, that sounds really stressful. I'll sort this out for you today and call you back by 4 pm.",
            "Sorry about that. Let me check.",
            "You need to calm down, there's nothing I can do about the courier.",
            "That's our policy, I'm afraid.",
            "I can hear how frustrating this is. Would you prefer a refund or a replacement sent tomorrow?",
            "ok",
            "I understand. I'll raise a ticket and someone will get back to you.",
            "I'm really sorry you've been let down. I'll send a new one by courier today and text you the tracking.");

    private DemoRoom() {}

    public static Playable builtIn(String id) {
        CheckResult r = ScenarioLibrary.builtIn().resolve(id);
        return new Playable(r.loaded().scenario(), r.file(), r.loaded().sha256(), r.loaded().text());
    }

    /** Plays {@code runs} runs by {@code trainees} trainees from 2026-03-02 09:00 UTC on. */
    public static List<RunRecord> play(RunRecorder db, Playable scenario, int runs, int trainees, long seed) throws Exception {
        List<RunRecord> played = new java.util.ArrayList<>();
        Random random = new Random(seed);
        ConversationEngine engine = new ConversationEngine(ScoringFiles.standardScorer());
        for (int i = 0; i < runs; i++) {
            SteppingClock clock = new SteppingClock("2026-03-02T09:00:00Z").after(i * 61L);
            PlaySession s = PlaySession.begin(scenario, new PlaySettings(engine, db, Mode.PRACTICE, seed + i, clock,
                    "trainee-" + (i % trainees + 1)));
            boolean stopsEarly = random.nextInt(10) == 0;
            for (int turn = 0; turn < 20 && !s.state().isOver(); turn++) {
                if (stopsEarly && turn == 1) {
                    break;
                }
                clock.after(3 + random.nextInt(38));
                Node node = scenario.scenario().nodes().get(s.state().at());
                boolean type = node != null && node.allowsTyping() && (node.options().isEmpty() || random.nextInt(3) == 0);
                Action a = type || node == null || node.options().isEmpty()
                        ? Action.answer(Reply.typed(TYPED.get(random.nextInt(TYPED.size()))))
                        : Action.answer(Reply.pick(1 + random.nextInt(node.options().size())));
                s.apply(a);
            }
            played.add(s.record());
        }
        return played;
    }
}
