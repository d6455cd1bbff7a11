package hotseat.conversation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import hotseat.scenario.Node;
import hotseat.scenario.Option;

/**
 * Whether a reply is already the best a turn offers: near enough the node's model answer, or the
 * node's strongest option. Then telling the trainee to do better, or showing them "a stronger
 * reply" in the words they used, would only contradict itself.
 */
public final class ModelAnswers {
    /** Share of the model answer's words the reply must contain to count as the same answer. */
    static final double SAME = 0.8;

    private ModelAnswers() {}

    /**
     * True when the reply says, near enough, what the node's model answer says, or is the node's
     * strongest option ({@link #strongestOption}) — picked, or typed in near enough its words.
     */
    public static boolean bestAvailable(Node node, String reply) {
        if (node == null) {
            return false;
        }
        return node.modelAnswer() != null && closeTo(reply, node.modelAnswer())
                || strongestOption(node).map(o -> closeTo(reply, o.text())).orElse(false);
    }

    /**
     * The option the author meant as the best: the one that shares the most with the model answer
     * (words in common, as a share of the words in either), when one clearly does. Empty when the
     * node has no model answer, or two options share equally much.
     */
    public static Optional<Option> strongestOption(Node node) {
        if (node.modelAnswer() == null || node.modelAnswer().isBlank()) {
            return Optional.empty();
        }
        Set<String> model = words(node.modelAnswer());
        List<Option> options = node.options();
        Option best = null;
        double bestShare = 0;
        boolean tied = false;
        for (Option o : options) {
            double share = overlap(words(o.text()), model);
            if (share > bestShare) {
                best = o;
                bestShare = share;
                tied = false;
            } else if (share == bestShare && best != null) {
                tied = true;
            }
        }
        return tied ? Optional.empty() : Optional.ofNullable(best);
    }

    static boolean closeTo(String reply, String target) {
        Set<String> wanted = words(target);
        if (wanted.isEmpty()) {
            return false;
        }
        Set<String> said = words(reply);
        long shared = wanted.stream().filter(said::contains).count();
        return shared >= SAME * wanted.size();
    }

    /** Words in common, as a share of the words in either (Jaccard). */
    private static double overlap(Set<String> a, Set<String> b) {
        long shared = a.stream().filter(b::contains).count();
        long either = a.size() + b.size() - shared;
        return either == 0 ? 0 : (double) shared / either;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : (text == null ? "" : text).toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}\\p{N}']+")) {
            if (!w.isBlank()) {
                out.add(w);
            }
        }
        return out;
    }
}
