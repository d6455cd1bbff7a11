package hotseat.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import hotseat.authoring.ReplyBatch;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.MoodModel;
import hotseat.conversation.ReplyMatcher;
import hotseat.load.LoadFailure;
import hotseat.load.ScenarioLoader;
import hotseat.scenario.Node;
import hotseat.scenario.Scenario;
import hotseat.scoring.ReplyScore;
import hotseat.scoring.ScoringContext;

/**
 * Turns "this scenario file, this node" into what the scorer needs: the customer's line at that
 * node (at the customer's starting mood) and the scenario's vocabulary. Loaded scenarios are kept,
 * a few at a time, so a batch naming the same files on every line reads each file once.
 */
final class ScenarioContexts implements ReplyBatch.Contexts {
    private static final int KEPT = 32;

    /** A scenario that loaded, or the one-line reason it did not. */
    private record Loaded(Scenario scenario, String error) {}

    private final ScenarioLoader loader = new ScenarioLoader();
    private final Map<String, Loaded> loaded = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Loaded> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * The context for {@code node} of the scenario in {@code file} ({@code node} null: its start).
     * {@code customer}, when given, replaces the node's line.
     *
     * @throws ReplyBatch.NoContext when the file or the node is wrong
     */
    @Override
    public ScoringContext context(String file, String node, String customer) {
        Loaded l = loaded.computeIfAbsent(file, this::load);
        if (l.error != null) {
            throw new ReplyBatch.NoContext(l.error);
        }
        Scenario s = l.scenario;
        String id = node == null ? s.start() : node;
        Node n = s.nodes().get(id);
        if (n == null) {
            String hint = s.endings().containsKey(id) ? "'" + id + "' is an ending, not a node"
                    : "no node '" + id + "'";
            throw new ReplyBatch.NoContext(file + ": error: " + hint + " — use one of: " + String.join(", ", s.nodes().keySet()));
        }
        String line = customer != null ? customer
                : n.says() == null ? "" : n.says().forMood(s.customer() == null ? 50 : s.customer().mood());
        return new ScoringContext(line, s.vocabulary());
    }

    /**
     * Where a typed {@code reply} with {@code score} goes from {@code node} of the scenario in
     * {@code file} (null: its start), with the customer at their starting mood; null when the
     * node takes no typed reply. The file and node were checked by {@link #context}.
     */
    ConversationEngine.TypedRoute route(String file, String node, String reply, ReplyScore score, ReplyMatcher matcher) {
        Scenario s = loaded.computeIfAbsent(file, this::load).scenario;
        Node n = s.nodes().get(node == null ? s.start() : node);
        if (n == null || !n.allowsTyping()) {
            return null;
        }
        int mood = s.customer() == null ? 50 : s.customer().mood();
        int after = MoodModel.next(Math.max(0, Math.min(100, mood)), score, s.moodRules());
        return new ConversationEngine((r, c) -> score, matcher).routeTyped(s, n, reply.strip(), score, after);
    }

    private Loaded load(String file) {
        try {
            return new Loaded(loader.load(Path.of(file), file).scenario(), null);
        } catch (LoadFailure e) {
            return new Loaded(null, e.diagnostics().isEmpty() ? file + ": error: cannot be loaded"
                    : e.diagnostics().get(0).format());
        } catch (RuntimeException e) {
            return new Loaded(null, file + ": error: cannot be loaded (" + e.getMessage() + ")");
        }
    }
}
