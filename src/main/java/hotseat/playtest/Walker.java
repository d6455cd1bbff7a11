package hotseat.playtest;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import hotseat.conversation.ConversationEngine;
import hotseat.conversation.ConversationState;
import hotseat.conversation.Mode;
import hotseat.conversation.Step;
import hotseat.conversation.Turn;
import hotseat.scenario.Node;
import hotseat.scenario.Scenario;

/**
 * Plays one random conversation, the way ChoiceScript's randomtest does. At a node with options
 * and typing, half the time an option (each equally likely) is picked and half the time a reply
 * is typed; a typed reply is strong, middling or poor with equal chance, then any reply of that
 * quality from the pool — or, when the walker rewords options (matching by meaning is on), one
 * time in four a reworded option ({@link Paraphrases}), which should follow that option.
 */
final class Walker {

    /** One walk: where it ended (null if it did not), and every reply with its turn. */
    record Walk(String ending, ConversationState last, List<Move> moves, List<Turn> turns) {
        boolean ended() {
            return ending != null;
        }
    }

    private final ConversationEngine engine;
    private final ReplyPool pool;
    private final boolean paraphrases;
    private final java.util.Map<String, List<String>> reworded = new java.util.HashMap<>();

    Walker(ConversationEngine engine, ReplyPool pool) {
        this(engine, pool, false);
    }

    Walker(ConversationEngine engine, ReplyPool pool, boolean paraphrases) {
        this.engine = engine;
        this.pool = pool;
        this.paraphrases = paraphrases;
    }

    Walk walk(Scenario scenario, SplittableRandom random, int maxTurns) {
        ConversationState state = engine.start(scenario, random.nextLong(), Mode.ASSESS);
        List<Move> moves = new ArrayList<>();
        while (!state.isOver() && moves.size() < maxTurns) {
            Node node = state.node().orElseThrow();
            Move move = choose(node, random);
            Step step = engine.reply(state, move.reply());
            if (step.refused()) {
                throw new IllegalStateException("the engine refused a reply a node allows: " + step.events());
            }
            state = step.state();
            moves.add(move);
        }
        return new Walk(state.isOver() ? state.at() : null, state, moves, state.turns());
    }

    private Move choose(Node node, SplittableRandom random) {
        int options = node.options().size();
        boolean type = node.allowsTyping() && (options == 0 || random.nextBoolean());
        if (!type) {
            return Move.option(1 + random.nextInt(options));
        }
        if (paraphrases && options > 0 && random.nextInt(4) == 0) {
            int number = 1 + random.nextInt(options);
            List<String> variants = reworded.computeIfAbsent(node.options().get(number - 1).text(), Paraphrases::of);
            if (!variants.isEmpty()) {
                return Move.paraphrase(variants.get(random.nextInt(variants.size())), number);
            }
        }
        Quality quality = Quality.values()[random.nextInt(Quality.values().length)];
        List<ReplyPool.Entry> replies = pool.of(quality);
        return Move.typed(replies.get(random.nextInt(replies.size())).text(), quality);
    }
}
