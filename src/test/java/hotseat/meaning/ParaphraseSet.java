package hotseat.meaning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import hotseat.conversation.MeaningMatch;
import hotseat.conversation.MoodModel;
import hotseat.conversation.ReplyMatcher;
import hotseat.conversation.TypedRouter;
import hotseat.load.Caches;
import hotseat.load.CheckResult;
import hotseat.load.ScenarioLibrary;
import hotseat.scenario.Matching;
import hotseat.scenario.Node;
import hotseat.scenario.Option;
import hotseat.scenario.Scenario;
import hotseat.scoring.ReplyScorer;
import hotseat.scoring.ScoringContext;

/**
 * The paraphrase set ({@code paraphrases.tsv}): replies written to mean one of a library node's
 * options in other words, and replies that mean none of them, with what routing makes of them.
 */
public final class ParaphraseSet {

    /** One reply: at {@code node} of {@code scenario}, meaning option {@code option} (0 for none). */
    public record Item(Scenario scenario, String nodeId, Node node, int option, String reply) {
        /** Where the option it means leads; null for a reply that means none. */
        String expectedNext() {
            return option == 0 ? null : node.options().get(option - 1).next();
        }

        List<String> optionTexts() {
            return node.options().stream().map(Option::text).toList();
        }
    }

    /**
     * What routing did with the set: of the paraphrases, how many reached their option's branch
     * and how many followed an option leading elsewhere (the rest fell to the routes and ended
     * elsewhere); of the replies that mean none, how many followed some option.
     */
    public record Rates(int paraphrases, int rightBranch, int wrongBranch, int nones, int falseMatches, List<String> misses) {
        public double rightBranchRate() {
            return paraphrases == 0 ? 0 : (double) rightBranch / paraphrases;
        }

        public double wrongBranchRate() {
            return paraphrases == 0 ? 0 : (double) wrongBranch / paraphrases;
        }

        public double falseMatchRate() {
            return nones == 0 ? 0 : (double) falseMatches / nones;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "right branch %d/%d (%.1f%%), wrong branch %d/%d (%.1f%%), false matches %d/%d (%.1f%%)",
                    rightBranch, paraphrases, 100 * rightBranchRate(), wrongBranch, paraphrases, 100 * wrongBranchRate(),
                    falseMatches, nones, 100 * falseMatchRate());
        }
    }

    private ParaphraseSet() {}

    /** The set the matching defaults were chosen on. */
    public static final String TUNING = "/hotseat/meaning/paraphrases.tsv";
    /** Replies at other nodes, written before their options were read; nothing was tuned on them. */
    public static final String HELD_OUT = "/hotseat/meaning/paraphrases-heldout.tsv";

    /** The tuning set. */
    public static List<Item> load() throws IOException {
        return load(TUNING);
    }

    public static List<Item> load(String resource) throws IOException {
        ScenarioLibrary library = ScenarioLibrary.builtIn();
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        List<Item> items = new ArrayList<>();
        try (InputStream in = ParaphraseSet.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", 4);
                Scenario s = scenarios.computeIfAbsent(f[0], id -> {
                    CheckResult c = library.resolve(id);
                    if (!c.playable()) {
                        throw new IllegalStateException("the paraphrase set names " + id + ", which does not load");
                    }
                    return c.loaded().scenario();
                });
                Node node = s.nodes().get(f[1]);
                if (node == null) {
                    throw new IllegalStateException(f[0] + " has no node " + f[1]);
                }
                int option = f[2].equals("-") ? 0 : Integer.parseInt(f[2]);
                items.add(new Item(s, f[1], node, option, f[3]));
            }
        }
        return items;
    }

    /**
     * Routing by meaning under {@code settings}: a paraphrase reaches the right branch when it
     * follows an option leading where its own option leads; a reply that means none is a false
     * match when it follows any option.
     */
    public static Rates byMeaning(List<Item> items, ReplyMatcher matcher, Matching settings) {
        int para = 0, right = 0, wrongBranch = 0, nones = 0, wrong = 0;
        List<String> misses = new ArrayList<>();
        for (Item it : items) {
            MeaningMatch m = matcher.similarities(it.reply(), it.optionTexts())
                    .flatMap(s -> MeaningMatch.decide(s, settings)).orElseThrow();
            String next = m.matched() ? it.node().options().get(m.closest() - 1).next() : null;
            if (it.option() == 0) {
                nones++;
                if (m.matched()) {
                    wrong++;
                    misses.add(it.scenario().id() + "/" + it.nodeId() + " none -> option " + m.closest() + " " + m + ": " + it.reply());
                }
            } else {
                para++;
                if (it.expectedNext().equals(next)) {
                    right++;
                } else {
                    if (next != null) {
                        wrongBranch++;
                    }
                    misses.add(it.scenario().id() + "/" + it.nodeId() + " " + it.option() + " -> " + m + ": " + it.reply());
                }
            }
        }
        return new Rates(para, right, wrongBranch, nones, wrong, misses);
    }

    /**
     * The whole of typed routing: by meaning, and a paraphrase that follows no option by the
     * node's routes, as in a run. Right branch only (routes send every reply somewhere).
     */
    public static Rates byMeaningThenRoutes(List<Item> items, ReplyMatcher matcher, Matching settings, ReplyScorer scorer) {
        return rightBranch(items, it -> {
            MeaningMatch m = matcher.similarities(it.reply(), it.optionTexts())
                    .flatMap(x -> MeaningMatch.decide(x, settings)).orElseThrow();
            return m.matched() ? it.node().options().get(m.closest() - 1).next() : routeOf(it, scorer);
        });
    }

    /** How often the node each paraphrase goes to is the one its option leads to. */
    private static Rates rightBranch(List<Item> items, java.util.function.Function<Item, String> goesTo) {
        int para = 0, right = 0;
        List<String> misses = new ArrayList<>();
        for (Item it : items) {
            if (it.option() == 0) {
                continue;
            }
            para++;
            String next = goesTo.apply(it);
            if (it.expectedNext().equals(next)) {
                right++;
            } else {
                misses.add(it.scenario().id() + "/" + it.nodeId() + " " + it.option() + " -> " + next + ": " + it.reply());
            }
        }
        return new Rates(para, right, para - right, 0, 0, misses);
    }

    private static String routeOf(Item it, ReplyScorer scorer) {
        Scenario s = it.scenario();
        var score = scorer.score(it.reply(), new ScoringContext(it.node().says().forMood(s.customer().mood()), s.vocabulary()));
        int mood = MoodModel.next(Math.max(0, Math.min(100, s.customer().mood())), score, s.moodRules());
        return TypedRouter.route(it.node().typed(), it.reply(), score, mood, s.synonyms());
    }

    /** Today's routing without meaning: the node's routes on the reply's scores, mood and phrases. */
    public static Rates byRoutes(List<Item> items, ReplyScorer scorer) {
        return rightBranch(items, it -> routeOf(it, scorer));
    }

    /**
     * Sweeps thresholds and margins on the tuning set, then gives the defaults on both sets:
     * {@code java ... hotseat.meaning.ParaphraseSet}.
     */
    public static void main(String[] args) throws Exception {
        List<Item> items = load();
        ModelMatcher m = ModelMatcher.loadNow(Caches.folder());
        System.out.println("tuning set, today's routes: " + byRoutes(items, hotseat.load.ScoringFiles.standardScorer()));
        for (double margin : new double[] {0, 0.01, 0.02, 0.03, 0.05}) {
            for (double t = 0.60; t <= 0.86; t += 0.02) {
                System.out.printf(Locale.ROOT, "threshold %.2f margin %.2f  %s%n", t, margin,
                        byMeaning(items, m, new Matching(true, t, margin)));
            }
        }
        Rates d = byMeaning(items, m, Matching.DEFAULT);
        System.out.println("tuning set, default: " + d);
        d.misses().forEach(System.out::println);
        List<Item> held = load(HELD_OUT);
        System.out.println("held-out set, today's routes: " + byRoutes(held, hotseat.load.ScoringFiles.standardScorer()));
        System.out.println("tuning set, by meaning then routes: " + byMeaningThenRoutes(items, m, Matching.DEFAULT, hotseat.load.ScoringFiles.standardScorer()));
        System.out.println("held-out set, by meaning then routes: " + byMeaningThenRoutes(held, m, Matching.DEFAULT, hotseat.load.ScoringFiles.standardScorer()));
        Rates h = byMeaning(held, m, Matching.DEFAULT);
        System.out.println("held-out set, default: " + h);
        h.misses().forEach(System.out::println);
    }
}
