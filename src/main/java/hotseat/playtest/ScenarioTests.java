package hotseat.playtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.ConversationState;
import hotseat.conversation.Mode;
import hotseat.conversation.Refusal;
import hotseat.conversation.Step;
import hotseat.conversation.Turn;
import hotseat.scenario.Node;
import hotseat.scenario.Outcome;
import hotseat.scenario.Scenario;
import hotseat.scenario.ScenarioTest;
import hotseat.scenario.ScoreBounds;
import hotseat.scoring.Dimension;
import hotseat.session.AnswerLine;

/**
 * Runs the tests written in a scenario: plays each test's replies through the engine, read the
 * same way as an answers file ({@link AnswerLine}: a number picks an option, other text is
 * typed), then compares the
 * ending, the outcome and the score bounds. Every failure names the place in the test that did
 * not hold.
 */
final class ScenarioTests {
    private final ConversationEngine engine;

    ScenarioTests(ConversationEngine engine) {
        this.engine = engine;
    }

    List<TestResult> run(Scenario scenario, List<ScenarioTest> tests, long seed) {
        List<TestResult> results = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            results.add(run(scenario, tests.get(i), "tests[" + i + "]", seed));
        }
        return results;
    }

    TestResult run(Scenario scenario, ScenarioTest test, String where, long seed) {
        String name = test.name() == null || test.name().isBlank() ? where : test.name();
        List<TestResult.Failure> failures = new ArrayList<>();
        if (test.ending() != null && !scenario.endings().containsKey(test.ending())) {
            failures.add(new TestResult.Failure(where + ".ending", "\"" + test.ending()
                    + "\" is not an ending of this scenario — use one of " + String.join(", ", scenario.endings().keySet())));
        }
        if (test.ending() == null && test.outcome() == null) {
            failures.add(new TestResult.Failure(where, "the test says neither the ending nor the outcome to expect — add "
                    + "\"ending:\" or \"outcome:\""));
        }
        if (test.replies().isEmpty()) {
            failures.add(new TestResult.Failure(where, "the test has no replies — list them under \"replies:\""));
        }
        if (!failures.isEmpty()) {
            return new TestResult(name, where, "", 0, List.of(), failures);
        }

        ConversationState state = engine.start(scenario, seed, Mode.ASSESS);
        for (int r = 0; r < test.replies().size(); r++) {
            String reply = test.replies().get(r);
            String replyWhere = where + ".replies[" + r + "]";
            if (state.isOver()) {
                failures.add(new TestResult.Failure(replyWhere, "the conversation already ended at " + state.at()
                        + " after " + r + " " + plural(r, "reply", "replies") + ", so reply " + (r + 1)
                        + " and any after it are never given — " + why(state)
                        + " — remove the later replies or change an earlier one"));
                break;
            }
            Node node = state.node().orElseThrow();
            Action action = AnswerLine.read(reply, node).orElse(null);
            Step step = action == null ? null : engine.apply(state, action);
            if (step == null || step.refused()) {
                failures.add(new TestResult.Failure(replyWhere, "reply " + (r + 1) + " (\"" + reply + "\") does not fit node "
                        + state.at() + ": " + (step == null ? "it is blank" : misfit(step.refusal().get(), action, node))));
                break;
            }
            state = step.state();
        }
        int turns = state.turns().size();
        if (!failures.isEmpty()) {
            return new TestResult(name, where, state.at(), turns, visited(state), failures);
        }

        if (!state.isOver()) {
            failures.add(new TestResult.Failure(where + ".replies", "after " + turns + " " + plural(turns, "reply", "replies")
                    + " the conversation has not ended: the customer is at node " + state.at()
                    + " — add the replies that lead on to " + expected(test) + " (" + why(state) + ")"));
        } else {
            Outcome reached = state.outcome().orElse(null);
            if (test.ending() != null && !test.ending().equals(state.at())) {
                failures.add(new TestResult.Failure(where + ".ending", "expected the ending " + test.ending()
                        + ", but the replies reached " + state.at() + " (" + word(reached) + ") — " + why(state)));
            }
            if (test.outcome() != null && test.outcome() != reached) {
                failures.add(new TestResult.Failure(where + ".outcome", "expected the outcome " + test.outcome().word()
                        + ", but the replies reached " + state.at() + " (" + word(reached) + ") — " + why(state)));
            }
        }
        checkBounds(test.min(), true, where + ".min", state, failures);
        checkBounds(test.max(), false, where + ".max", state, failures);
        return new TestResult(name, where, state.at(), turns, visited(state), failures);
    }

    private static void checkBounds(ScoreBounds bounds, boolean isMin, String where, ConversationState state,
                                    List<TestResult.Failure> failures) {
        List<Turn> turns = state.turns();
        for (Dimension d : Dimension.values()) {
            Integer bound = switch (d) {
                case CALMNESS -> bounds.calmness();
                case ACKNOWLEDGMENT -> bounds.acknowledgment();
                case RESOLUTION -> bounds.resolution();
            };
            if (bound == null || turns.isEmpty()) {
                continue;
            }
            double average = turns.stream().mapToInt(t -> t.score().get(d)).average().orElse(0);
            if (isMin ? average < bound : average > bound) {
                failures.add(new TestResult.Failure(where + "." + d.word(), "the average " + d.word() + " over "
                        + turns.size() + " " + plural(turns.size(), "reply", "replies") + " is "
                        + String.format(Locale.ROOT, "%.1f", average) + ", " + (isMin ? "below the minimum " : "above the maximum ")
                        + bound + " (per reply: " + String.join(", ", turns.stream().map(t -> Integer.toString(t.score().get(d))).toList()) + ")"));
            }
        }
        if (bounds.mood() != null) {
            int mood = state.mood();
            if (isMin ? mood < bounds.mood() : mood > bounds.mood()) {
                failures.add(new TestResult.Failure(where + ".mood", "the customer's mood at the end is " + mood + ", "
                        + (isMin ? "below the minimum " : "above the maximum ") + bounds.mood()
                        + " (mood from the start, reply by reply: " + String.join(", ", state.moodSeries().stream().map(String::valueOf).toList()) + ")"));
            }
        }
    }

    /**
     * Why the conversation got where it is, for a test that ended elsewhere or early: the mood
     * trigger that sent it there, with the mood that fired it, when one did; always the route the
     * replies took, as {@code opening —2→ apology —typed→ parcel_found}.
     */
    static String why(ConversationState state) {
        List<Turn> turns = state.turns();
        StringBuilder route = new StringBuilder();
        String trigger = "";
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            String arrow = t.reply() instanceof hotseat.conversation.Reply.Pick p ? "—" + p.number() + "→" : "—typed→";
            route.append(t.nodeId()).append(' ').append(arrow).append(' ');
            if (t.trigger() != null) {
                route.append("trigger at mood ").append(t.moodAfter()).append(" → ");
                trigger = "the mood trigger mood_rules.triggers[" + t.triggerIndex() + "] (mood " + t.trigger().mood()
                        + ") fired after reply " + (i + 1) + ", when the mood reached " + t.moodAfter() + " (from "
                        + t.moodBefore() + "), and sent the customer to " + t.next() + "; ";
            }
        }
        route.append(state.at());
        return trigger + "route taken: " + route;
    }

    /** Why a reply does not fit a node, for the scenario's author. */
    private static String misfit(Refusal reason, Action action, Node node) {
        int options = node.options().size();
        return switch (reason) {
            case NO_SUCH_OPTION -> "it has no option " + action.picked()
                    + (options == 0 ? " (it takes only typed replies)" : " (it has " + options + ")");
            case NO_TYPING -> "it takes no typed reply, only " + (options == 1 ? "option 1" : "an option number from 1 to " + options);
            case TOO_LONG -> "the reply is longer than a trainee may type";
            case UNDO_IN_ASSESSMENT -> "a test plays in assessment mode, where no reply can be taken back";
            case NOTHING_TO_UNDO -> "there is no reply to take back yet";
            case CONVERSATION_OVER -> "the conversation is over";
        };
    }

    private static List<String> visited(ConversationState state) {
        return state.turns().stream().map(Turn::nodeId).toList();
    }

    private static String expected(ScenarioTest test) {
        return test.ending() != null ? test.ending() : "a " + test.outcome().word() + " ending";
    }

    private static String word(Outcome o) {
        return o == null ? "no outcome" : o.word();
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }
}
