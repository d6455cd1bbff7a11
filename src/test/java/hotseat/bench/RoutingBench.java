package hotseat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationEngine;
import hotseat.conversation.Mode;
import hotseat.conversation.Reply;
import hotseat.load.ScenarioLibrary;
import hotseat.load.Caches;
import hotseat.meaning.ModelMatcher;
import hotseat.meaning.ParaphraseSet;
import hotseat.scenario.Matching;
import hotseat.scenario.Scenario;
import hotseat.scoring.ReplyScorer;
import hotseat.session.PlaySession;
import hotseat.session.PlaySettings;
import hotseat.session.Playable;
import hotseat.session.RunRecorder;

/**
 * Matching typed replies by meaning: how well (right-branch and false-match rates on the
 * paraphrase set), how fast (model load; per-reply matching latency, p50 and p99, against a
 * node's options already embedded; a whole typed turn through the play session, scoring and
 * routing included), and the memory the model adds (resident set and Java heap). Run with
 * {@code make bench}; {@code ARGS} is ignored.
 */
public final class RoutingBench {
    private RoutingBench() {}

    public static void main(String[] args) throws Exception {
        long rssBefore = rssKb();
        long heapBefore = heapUsed();
        long t0 = System.nanoTime();
        ModelMatcher model = ModelMatcher.loadNow(Caches.folder());
        double loadMs = (System.nanoTime() - t0) / 1e6;
        if (!model.ready()) {
            System.out.println("the model could not be loaded here: " + model.unavailable().orElse("?"));
            return;
        }
        System.out.printf(Locale.ROOT, "model load (files already in %s): %.0f ms%n", Caches.folder(), loadMs);

        List<ParaphraseSet.Item> items = ParaphraseSet.load();
        long nodes = items.stream().map(i -> i.scenario().id() + "/" + i.nodeId()).distinct().count();
        ParaphraseSet.Rates rates = ParaphraseSet.byMeaning(items, model, Matching.DEFAULT);
        ParaphraseSet.Rates routes = ParaphraseSet.byRoutes(items, hotseat.load.ScoringFiles.standardScorer());
        System.out.printf(Locale.ROOT, "paraphrase set, %d nodes, threshold %.2f margin %.2f: %s%n", nodes,
                Matching.DEFAULT_THRESHOLD, Matching.DEFAULT_MARGIN, rates);
        System.out.printf(Locale.ROOT, "the same paraphrases by the routes alone (before matching): right branch %d/%d (%.1f%%)%n",
                routes.rightBranch(), routes.paraphrases(), 100 * routes.rightBranchRate());

        // The held-out set: other nodes, replies written before their options were read; the
        // defaults were not chosen on it.
        List<ParaphraseSet.Item> held = ParaphraseSet.load(ParaphraseSet.HELD_OUT);
        long heldNodes = held.stream().map(i -> i.scenario().id() + "/" + i.nodeId()).distinct().count();
        var heldScorer = hotseat.load.ScoringFiles.standardScorer();
        System.out.printf(Locale.ROOT, "held-out set, %d nodes, by meaning at the defaults: %s%n", heldNodes,
                ParaphraseSet.byMeaning(held, model, Matching.DEFAULT));
        ParaphraseSet.Rates heldRoutes = ParaphraseSet.byRoutes(held, heldScorer);
        ParaphraseSet.Rates heldBoth = ParaphraseSet.byMeaningThenRoutes(held, model, Matching.DEFAULT, heldScorer);
        ParaphraseSet.Rates tuningBoth = ParaphraseSet.byMeaningThenRoutes(items, model, Matching.DEFAULT, heldScorer);
        System.out.printf(Locale.ROOT, "held-out set by the routes alone: right branch %d/%d (%.1f%%); by meaning then routes: %d/%d (%.1f%%)"
                + " (tuning set by meaning then routes: %d/%d, %.1f%%)%n",
                heldRoutes.rightBranch(), heldRoutes.paraphrases(), 100 * heldRoutes.rightBranchRate(),
                heldBoth.rightBranch(), heldBoth.paraphrases(), 100 * heldBoth.rightBranchRate(),
                tuningBoth.rightBranch(), tuningBoth.paraphrases(), 100 * tuningBoth.rightBranchRate());

        // Latency: each reply new to the model (so it is embedded), its node's options already embedded.
        List<String> options = items.get(0).node().options().stream().map(o -> o.text()).toList();
        model.similarities("warm-up", options);
        for (int i = 0; i < 30; i++) {
            model.similarities("A warm-up reply number " + i + " about a parcel that never came.", options);
        }
        List<Double> ms = new ArrayList<>();
        int n = 0;
        for (int round = 0; round < 3; round++) {
            for (ParaphraseSet.Item it : items) {
                List<String> texts = it.node().options().stream().map(o -> o.text()).toList();
                model.similarities(it.reply() + " (" + round + ")", texts); // options embedded on first sight
                long s = System.nanoTime();
                model.similarities(it.reply() + " [" + round + "]", texts);
                ms.add((System.nanoTime() - s) / 1e6);
                n++;
            }
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "matching one typed reply (%d replies, one thread): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                n, pct(sorted, 50), pct(sorted, 99), sorted[sorted.length - 1]);

        // A whole typed turn through the play session: scored, matched, routed, debriefed.
        Scenario parcel = ScenarioLibrary.builtIn().resolve("parcel-never-came").loaded().scenario();
        ReplyScorer scorer = hotseat.load.ScoringFiles.standardScorer();
        ConversationEngine engine = new ConversationEngine(scorer, model);
        List<Double> turns = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            PlaySession session = PlaySession.unrecorded(new Playable(parcel, "parcel", "x"),
                    new PlaySettings(engine, RunRecorder.NOWHERE, Mode.PRACTICE, 1, Clock.systemUTC()));
            long s = System.nanoTime();
            session.apply(Action.answer(Reply.typed("I'm so sorry it never came (" + i + "), that's three contacts now."
                    + " Give me the order number and I'll look at the delivery photo with you.")));
            turns.add((System.nanoTime() - s) / 1e6);
        }
        double[] t = turns.stream().skip(10).mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "a typed turn through the play session (score, match, route, debrief): p50 %.1f ms, p99 %.1f ms%n",
                pct(t, 50), pct(t, 99));

        System.gc();
        long rssAfter = rssKb();
        long heapAfter = heapUsed();
        System.out.printf(Locale.ROOT, "memory the model adds: resident set +%d MB (%d → %d MB), Java heap +%d MB%n",
                (rssAfter - rssBefore) / 1024, rssBefore / 1024, rssAfter / 1024, (heapAfter - heapBefore) / (1024 * 1024));
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long heapUsed() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** Resident set size in kB (Linux); 0 elsewhere. */
    private static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }

}
