package hotseat.scoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import hotseat.load.ScoringFiles;

/**
 * Rebuilds the learned layer's weights ({@code make weights}) from the fit part of the labelled
 * corpus only. For each dimension a ridge regression learns, from the reply's features, how far
 * a trainer's label (0, 1, 2 as 0, 50, 100) sits from what the rules gave. Only features seen in
 * replies to at least {@link #MIN_COMPLAINTS} different complaints are kept, so that no weight
 * learns one complaint's names and details. The ridge strength is chosen by cross-validation in
 * which whole complaints are held out, and the held-out agreement is printed.
 *
 * <pre>java -cp target/hotseat.jar:target/test-classes hotseat.scoring.WeightsTrainer [OUT.tsv]</pre>
 */
public final class WeightsTrainer {
    static final int MIN_COMPLAINTS = 3;
    static final double[] STRENGTHS = {3, 10, 30, 100};
    static final int FOLDS = 5;
    /** Weights smaller than this (in points) are left out of the file: they change nothing visible. */
    static final double SMALLEST = 0.05;

    private WeightsTrainer() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/hotseat/scoring/learned-weights.tsv");
        LabelledCorpus fit = LabelledCorpus.fit();
        RubricScorer rules = ScoringFiles.builtInRules();
        Data data = Data.of(fit, rules);
        System.out.printf(Locale.ROOT, "fit part: %d replies to %d complaints, %d features kept%n",
                fit.size(), data.complaints.size(), data.features.size());

        double[] strength = new double[3];
        for (Dimension d : Dimension.values()) {
            double best = -1;
            for (double lambda : STRENGTHS) {
                double a = crossValidated(data, fit, d, lambda);
                System.out.printf(Locale.ROOT, "  %-15s ridge %6.1f: held-out-complaint agreement %.3f%n", d.word(), lambda, a);
                if (a > best) {
                    best = a;
                    strength[d.ordinal()] = lambda;
                }
            }
            double rulesAlone = LabelledCorpus.pairwise(data.ruled[d.ordinal()], fit.labels(d));
            System.out.printf(Locale.ROOT, "  %-15s rules alone %.3f, with the learned layer %.3f (ridge %.0f)%n",
                    d.word(), rulesAlone, best, strength[d.ordinal()]);
        }

        int[] all = new int[fit.size()];
        Arrays.setAll(all, i -> i);
        double[][] weights = new double[3][];
        for (Dimension d : Dimension.values()) {
            weights[d.ordinal()] = data.fit(all, d, strength[d.ordinal()]);
        }
        write(out, data, weights, strength, fit);
        System.out.println("wrote " + out);
    }

    /** Agreement on replies whose complaints were held out of the fit, fold by fold, pooled. */
    static double crossValidated(Data data, LabelledCorpus fit, Dimension d, double lambda) {
        List<String> complaints = new ArrayList<>(data.complaints);
        double[] predicted = new double[fit.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            Set<String> held = new HashSet<>();
            for (int c = fold; c < complaints.size(); c += FOLDS) {
                held.add(complaints.get(c));
            }
            int[] train = indices(fit, r -> !held.contains(r.complaint()));
            double[] w = data.fit(train, d, lambda);
            for (int i : indices(fit, r -> held.contains(r.complaint()))) {
                predicted[i] = data.blend(i, d, w);
            }
        }
        return LabelledCorpus.pairwise(predicted, fit.labels(d));
    }

    private static int[] indices(LabelledCorpus corpus, java.util.function.Predicate<LabelledCorpus.Row> keep) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            if (keep.test(corpus.rows().get(i))) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The replies as feature indices, what the rules gave them, and what the labels ask for. */
    static final class Data {
        final List<String> features;
        final int[][] rows;
        final double[][] ruled;
        final boolean[] floor;
        final double[][] target;
        final Set<String> complaints;

        private Data(List<String> features, int[][] rows, double[][] ruled, boolean[] floor, double[][] target,
                     Set<String> complaints) {
            this.features = features;
            this.rows = rows;
            this.ruled = ruled;
            this.floor = floor;
            this.target = target;
            this.complaints = complaints;
        }

        static Data of(LabelledCorpus corpus, RubricScorer rules) {
            int n = corpus.size();
            List<Set<String>> names = new ArrayList<>(n);
            double[][] ruled = new double[3][n];
            boolean[] floor = new boolean[n];
            Map<String, Set<String>> complaintsOf = new HashMap<>();
            for (int i = 0; i < n; i++) {
                LabelledCorpus.Row row = corpus.rows().get(i);
                ReplyScore s = rules.score(row.reply(), new ScoringContext(row.customer(), hotseat.scenario.Vocabulary.NONE));
                Set<String> f = new HashSet<>();
                ReplyFeatures.visit(rules.tokens(row.reply()), s, (name, first, last) -> f.add(name));
                names.add(f);
                floor[i] = rules.floorFired(s);
                for (Dimension d : Dimension.values()) {
                    ruled[d.ordinal()][i] = s.get(d);
                }
                for (String name : f) {
                    complaintsOf.computeIfAbsent(name, k -> new HashSet<>()).add(row.complaint());
                }
            }
            List<String> kept = new ArrayList<>(new TreeSet<>(complaintsOf.keySet()));
            kept.removeIf(name -> !name.equals(ReplyFeatures.BIAS) && complaintsOf.get(name).size() < MIN_COMPLAINTS);
            Map<String, Integer> index = new HashMap<>();
            for (int k = 0; k < kept.size(); k++) {
                index.put(kept.get(k), k);
            }
            int[][] rows = new int[n][];
            double[][] target = new double[3][n];
            Set<String> complaints = new java.util.LinkedHashSet<>();
            corpus.rows().forEach(r -> complaints.add(r.complaint()));
            for (int i = 0; i < n; i++) {
                rows[i] = names.get(i).stream().filter(index::containsKey).mapToInt(index::get).sorted().toArray();
                for (Dimension d : Dimension.values()) {
                    target[d.ordinal()][i] = 50.0 * corpus.rows().get(i).label(d) - ruled[d.ordinal()][i];
                }
            }
            return new Data(kept, rows, ruled, floor, target, complaints);
        }

        /** The score the blended scorer gives reply {@code i} with weights {@code w}. */
        double blend(int i, Dimension d, double[] w) {
            double move = 0;
            for (int f : rows[i]) {
                move += w[f];
            }
            return BlendedScorer.blend((int) ruled[d.ordinal()][i], move, floor[i]);
        }

        /**
         * Ridge regression in its dual form: with K the shared-feature counts between replies,
         * solve (K + λI) a = y, then each feature's weight is the sum of a over the replies that
         * have it. Replies are fewer than features, so this is the smaller system.
         */
        double[] fit(int[] train, Dimension d, double lambda) {
            int m = train.length;
            double[][] k = new double[m][m];
            for (int a = 0; a < m; a++) {
                for (int b = a; b < m; b++) {
                    double shared = shared(rows[train[a]], rows[train[b]]);
                    k[a][b] = shared;
                    k[b][a] = shared;
                }
                k[a][a] += lambda;
            }
            double[] y = new double[m];
            for (int a = 0; a < m; a++) {
                y[a] = target[d.ordinal()][train[a]];
            }
            double[] alpha = choleskySolve(k, y);
            double[] w = new double[features.size()];
            for (int a = 0; a < m; a++) {
                for (int f : rows[train[a]]) {
                    w[f] += alpha[a];
                }
            }
            return w;
        }

        private static int shared(int[] x, int[] y) {
            int i = 0, j = 0, n = 0;
            while (i < x.length && j < y.length) {
                if (x[i] == y[j]) {
                    n++;
                    i++;
                    j++;
                } else if (x[i] < y[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return n;
        }
    }

    /** Solves A x = b for a symmetric positive-definite A, overwriting A with its Cholesky factor. */
    static double[] choleskySolve(double[][] a, double[] b) {
        int n = b.length;
        for (int j = 0; j < n; j++) {
            double[] rowJ = a[j];
            double sum = rowJ[j];
            for (int k = 0; k < j; k++) {
                sum -= rowJ[k] * rowJ[k];
            }
            double diag = Math.sqrt(sum);
            rowJ[j] = diag;
            for (int i = j + 1; i < n; i++) {
                double[] rowI = a[i];
                double s = rowI[j];
                for (int k = 0; k < j; k++) {
                    s -= rowI[k] * rowJ[k];
                }
                rowI[j] = s / diag;
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= a[i][k] * y[k];
            }
            y[i] = s / a[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= a[k][i] * x[k];
            }
            x[i] = s / a[i][i];
        }
        return x;
    }

    private static void write(Path out, Data data, double[][] weights, double[] strength, LabelledCorpus fit)
            throws IOException {
        List<Integer> order = new ArrayList<>();
        for (int f = 0; f < data.features.size(); f++) {
            double biggest = Math.max(Math.abs(weights[0][f]), Math.max(Math.abs(weights[1][f]), Math.abs(weights[2][f])));
            if (biggest >= SMALLEST || data.features.get(f).equals(ReplyFeatures.BIAS)) {
                order.add(f);
            }
        }
        order.sort((x, y) -> {
            double a = Math.abs(weights[0][x]) + Math.abs(weights[1][x]) + Math.abs(weights[2][x]);
            double b = Math.abs(weights[0][y]) + Math.abs(weights[1][y]) + Math.abs(weights[2][y]);
            return a != b ? Double.compare(b, a) : data.features.get(x).compareTo(data.features.get(y));
        });
        StringBuilder s = new StringBuilder();
        s.append("# Hotseat's learned layer: the points each feature of a reply adds to (or takes from) each\n");
        s.append("# dimension on top of the rubric's rules. Rebuilt by `make weights` from the fit part of the\n");
        s.append("# labelled corpus (").append(fit.size()).append(" replies to ").append(data.complaints.size())
                .append(" complaints); never edit by hand.\n");
        s.append("# Features: w:word, b:word pair, i:word opening a sentence, r:rubric rule that fired, s:shape.\n");
        s.append(String.format(Locale.ROOT, "# Ridge strength: calmness %.0f, acknowledgment %.0f, resolution %.0f.%n",
                strength[0], strength[1], strength[2]));
        s.append("feature\tcalmness\tacknowledgment\tresolution\n");
        for (int f : order) {
            s.append(data.features.get(f));
            for (int d = 0; d < 3; d++) {
                s.append('\t').append(String.format(Locale.ROOT, "%.2f", weights[d][f]));
            }
            s.append('\n');
        }
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".weights-", ".tmp");
        Files.writeString(tmp, s.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
