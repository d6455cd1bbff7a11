package hotseat.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import hotseat.scenario.ModelPath.Place;

/**
 * Checks what a schema cannot see: that every {@code next} names something, that the start
 * exists, that every node can be reached and can lead to an ending, that numbers are in range,
 * that typed replies always have somewhere to go. Errors stop a scenario from being played;
 * warnings point at loose ends (and fail under {@code --strict}).
 *
 * <p>Runs in time linear in the size of the scenario, so a 10,000-node scenario validates in
 * milliseconds.
 */
public final class Validator {

    /** Node and ending ids are readable words: lower-case letters, digits, '_' and '-'. */
    private static final Pattern READABLE_ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private static final Place NODES = Place.ROOT.key("nodes");
    private static final Place ENDINGS = Place.ROOT.key("endings");
    private static final Place MOOD_RULES = Place.ROOT.key("mood_rules");
    private static final Place TESTS = Place.ROOT.key("tests");

    /** How many characters of a node's emotion the play screen shows beside the mood meter. */
    public static final int EMOTION_ROOM = 20;

    public List<Problem> validate(Scenario scenario) {
        return new Run(scenario).check();
    }

    /** One validation: the scenario and the problems found so far. */
    private static final class Run {
        private final Scenario s;
        private final List<Problem> problems = new ArrayList<>();
        private final Set<String> targets = new HashSet<>();

        Run(Scenario s) {
            this.s = s;
            targets.addAll(s.nodes().keySet());
            targets.addAll(s.endings().keySet());
        }

        List<Problem> check() {
            header();
            customer();
            start();
            s.nodes().forEach(this::node);
            endings();
            synonyms();
            vocabulary();
            moodRules();
            matching(Place.ROOT.key("matching"), s.matching());
            graph();
            tests();
            return problems;
        }

        private void header() {
            if (blank(s.id())) {
                error("id", "the scenario has no id — add id: with a short name such as lost-parcel");
            } else if (!READABLE_ID.matcher(s.id()).matches()) {
                warning("id", "the id \"" + s.id() + "\" is not a readable name — use lower-case words joined by"
                        + " hyphens, such as lost-parcel");
            }
            if (blank(s.title())) {
                error("title", "the title is empty — write the name trainees see in the list");
            }
            if (blank(s.briefing())) {
                error("briefing", "the briefing is empty — tell the trainee who they are and what they know before play");
            }
            if (s.difficulty() < 1 || s.difficulty() > 5) {
                error("difficulty", "difficulty is " + s.difficulty() + " — use 1 (gentle) to 5 (very hard)");
            }
            for (int i = 0; i < s.tags().size(); i++) {
                if (blank(s.tags().get(i))) {
                    error(Place.ROOT.key("tags").index(i), "this tag is empty — write a word or remove it");
                }
            }
        }

        private void customer() {
            Customer c = s.customer();
            if (c == null) {
                error("customer", "the scenario has no customer — add customer: with name: and mood:");
                return;
            }
            if (blank(c.name())) {
                error("customer.name", "the customer has no name — write the name the trainee will see");
            }
            if (c.mood() < 0 || c.mood() > 100) {
                error("customer.mood", "the starting mood is " + c.mood()
                        + " — use 0 (at ease) to 100 (beside themselves)");
            }
        }

        private void start() {
            String start = s.start();
            if (blank(start)) {
                if (s.nodes().isEmpty()) {
                    error("start", "the scenario has no start — add start: naming the node the conversation begins at");
                } else {
                    // reported at nodes:, the line start: belongs above
                    String first = s.nodes().keySet().iterator().next();
                    error(NODES, "the scenario has no start — add the line \"start: " + first + "\" just above nodes:"
                            + " (at the left margin), naming the node the conversation begins at");
                }
            } else if (s.endings().containsKey(start) && !s.nodes().containsKey(start)) {
                error("start", "start names the ending \"" + start + "\" — start at a node, where the customer speaks first");
            } else if (!s.nodes().containsKey(start)) {
                error("start", "start names \"" + start + "\", which is not a node — "
                        + Spelling.closest(start, s.nodes().keySet()).map(n -> "did you mean \"" + n + "\"?")
                                .orElse("add a node with that id under nodes:, or fix the name"));
            }
            if (s.nodes().isEmpty()) {
                error("nodes", "the scenario has no nodes — add at least one under nodes:");
            }
            if (s.endings().isEmpty()) {
                error("endings", "the scenario has no endings — add at least one under endings:, so a conversation can finish");
            }
        }

        private void node(String id, Node node) {
            Place p = NODES.key(id);
            if (!READABLE_ID.matcher(id).matches()) {
                warning(p, "the node id \"" + id + "\" is not a readable word — use lower-case letters, digits,"
                        + " _ or -, such as wants_refund");
            }
            if (s.endings().containsKey(id)) {
                error(p, "\"" + id + "\" is both a node and an ending — rename one of them");
            }
            says(p, node.says());
            emotion(p, node.emotion());
            options(p, node.options());
            if (node.typed() != null) {
                typed(p.key("typed"), node.typed());
            }
            if (node.options().isEmpty() && node.typed() == null) {
                error(p, "the node \"" + id + "\" gives the trainee no way to answer — add options:, typed:, or both");
            }
            if (blank(node.modelAnswer())) {
                warning(p, "the node \"" + id + "\" has no model_answer — add a strong reply for the debrief to show");
            }
            if (blank(node.tip())) {
                warning(p, "the node \"" + id + "\" has no tip — add one line of coaching for this moment");
            }
        }

        private void says(Place nodePath, CustomerLine says) {
            Place p = nodePath.key("says");
            if (says == null) {
                error(nodePath, "the customer says nothing here — add says: with their line");
                return;
            }
            if (blank(says.calm()) && blank(says.irritated()) && blank(says.furious())) {
                error(p, "the customer's line is empty — write what they say");
                return;
            }
            bandLine(p, "calm", says.calm());
            bandLine(p, "irritated", says.irritated());
            bandLine(p, "furious", says.furious());
        }

        private void emotion(Place nodePath, String emotion) {
            if (emotion == null) {
                return;
            }
            String e = emotion.strip();
            int length = e.codePointCount(0, e.length());
            if (e.isEmpty()) {
                warning(nodePath.key("emotion"), "the emotion is empty — write a word or a short phrase, such as angry,"
                        + " or remove emotion: so the mood band's word is shown");
            } else if (length > EMOTION_ROOM) {
                int cut = e.offsetByCodePoints(0, EMOTION_ROOM - 1);
                warning(nodePath.key("emotion"), "the emotion \"" + e + "\" is " + length + " characters, and the screen has room"
                        + " for " + EMOTION_ROOM + " beside the mood meter, so trainees see \"" + e.substring(0, cut).stripTrailing()
                        + "…\" — shorten it to a word or a short phrase");
            }
        }

        private void bandLine(Place saysPath, String band, String text) {
            if (text != null && text.isBlank()) {
                error(saysPath.key(band), "the " + band + " line is empty — write it, or remove "
                        + band + ": so another band's line is used");
            }
        }

        private void options(Place nodePath, List<Option> options) {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < options.size(); i++) {
                Option o = options.get(i);
                Place p = nodePath.key("options").index(i);
                if (blank(o.text())) {
                    error(p.key("text"), "option " + (i + 1) + " has no text — write the reply the trainee picks");
                } else {
                    Integer earlier = seen.putIfAbsent(normalise(o.text()), i);
                    if (earlier != null) {
                        error(p.key("text"), "options " + (earlier + 1) + " and " + (i + 1)
                                + " have the same text — reword one so the trainee sees a real choice");
                    }
                }
                target(p.key("next"), o.next());
                ScoreHints h = o.scores();
                if (h != null) {
                    Place sp = p.key("scores");
                    percent(sp, "calmness", h.calmness());
                    percent(sp, "acknowledgment", h.acknowledgment());
                    percent(sp, "resolution", h.resolution());
                }
            }
        }

        private void typed(Place p, TypedReply typed) {
            for (int i = 0; i < typed.routes().size(); i++) {
                Route r = typed.routes().get(i);
                Place rp = p.key("routes").index(i);
                Condition when = r.when();
                if (when == null || when.calmness() == null && when.acknowledgment() == null
                        && when.resolution() == null && when.mood() == null && when.phrases().isEmpty()) {
                    error(rp, "route " + (i + 1) + " has no conditions, so it takes every reply and the routes after it"
                            + " never run — add a condition to when:, or make it the otherwise:");
                } else {
                    for (int j = 0; j < when.phrases().size(); j++) {
                        if (blank(when.phrases().get(j))) {
                            error(rp.key("when").key("phrases").index(j),
                                    "this phrase is empty — write the words to look for, or remove it");
                        }
                    }
                }
                target(rp.key("next"), r.next());
            }
            matching(p.key("matching"), typed.matching());
            if (typed.otherwise() == null) {
                error(p, "typed replies have no otherwise: — add otherwise: naming where a reply that matches"
                        + " no route goes");
            } else {
                target(p.key("otherwise"), typed.otherwise());
            }
        }

        /** Similarities are cosines: a threshold or margin outside 0–1 would match every reply or none. */
        private void matching(Place p, Matching m) {
            if (m == null) {
                return;
            }
            if (m.threshold() != null && (m.threshold() < 0 || m.threshold() > 1)) {
                error(p.key("threshold"), "the threshold is " + m.threshold() + " — use a similarity from 0 to 1 (the default is "
                        + Matching.DEFAULT_THRESHOLD + "; higher asks typed replies to be closer to an option)");
            }
            if (m.margin() != null && (m.margin() < 0 || m.margin() > 1)) {
                error(p.key("margin"), "the margin is " + m.margin() + " — use a difference of similarity from 0 to 1 (the default is "
                        + Matching.DEFAULT_MARGIN + ")");
            }
        }

        private void endings() {
            s.endings().forEach((id, e) -> {
                Place p = ENDINGS.key(id);
                if (!READABLE_ID.matcher(id).matches()) {
                    warning(p, "the ending id \"" + id + "\" is not a readable word — use lower-case letters, digits,"
                            + " _ or -, such as refund_agreed");
                }
                if (e.outcome() == null) {
                    error(p, "the ending \"" + id + "\" has no outcome — add outcome: resolved, escalated or lost");
                }
                if (blank(e.text())) {
                    error(p.key("text"), "the ending \"" + id + "\" has no text — write the closing the trainee reads");
                }
            });
        }

        private void synonyms() {
            Set<String> used = new HashSet<>();
            for (Node n : s.nodes().values()) {
                if (n.typed() != null) {
                    for (Route r : n.typed().routes()) {
                        if (r.when() != null) {
                            r.when().phrases().forEach(ph -> used.add(ph.trim().toLowerCase(Locale.ROOT)));
                        }
                    }
                }
            }
            s.synonyms().forEach((phrase, alternatives) -> {
                Place p = Place.ROOT.key("synonyms").key(phrase);
                if (!used.contains(phrase.trim().toLowerCase(Locale.ROOT))) {
                    warning(p, "synonyms are given for \"" + phrase + "\", but no route's phrases: mention it"
                            + " — add it to a route's phrases, or remove these synonyms");
                }
                if (alternatives.isEmpty()) {
                    warning(p, "\"" + phrase + "\" has no synonyms listed — add some, or remove it");
                }
                for (int i = 0; i < alternatives.size(); i++) {
                    if (blank(alternatives.get(i))) {
                        error(p.index(i), "this synonym is empty — write the words, or remove it");
                    }
                }
            });
        }

        private void vocabulary() {
            blankEntries(Place.ROOT.key("vocabulary").key("actions"), s.vocabulary().actions());
            blankEntries(Place.ROOT.key("vocabulary").key("avoid"), s.vocabulary().avoid());
        }

        private void moodRules() {
            MoodRules rules = s.moodRules();
            weight("calmness", rules.calmness());
            weight("acknowledgment", rules.acknowledgment());
            weight("resolution", rules.resolution());
            List<MoodTrigger> triggers = rules.triggers();
            for (int i = 0; i < triggers.size(); i++) {
                target(MOOD_RULES.key("triggers").index(i).key("next"), triggers.get(i).next());
            }
        }

        /**
         * Reachability both ways over the nodes, each a breadth-first walk visiting every node and
         * edge once. Mood triggers can fire from any turn, so their targets count as reachable;
         * they are not counted as a way out, since a calm customer never sets them off.
         */
        private void graph() {
            if (s.nodes().isEmpty() || blank(s.start()) || !s.nodes().containsKey(s.start())) {
                return; // already reported; every node would look unreachable
            }
            List<String> ids = new ArrayList<>(s.nodes().keySet());
            Map<String, Integer> index = new HashMap<>(ids.size() * 2);
            for (int i = 0; i < ids.size(); i++) {
                index.put(ids.get(i), i);
            }
            int n = ids.size();
            int[][] forward = new int[n][];
            boolean[] endsHere = new boolean[n];
            List<List<String>> endingsFrom = new ArrayList<>(n); // the endings each node leads to directly
            Set<String> endingsReached = new HashSet<>();
            int[] inDegree = new int[n];
            for (int i = 0; i < n; i++) {
                List<String> next = successors(s.nodes().get(ids.get(i)));
                int[] edges = new int[next.size()];
                int count = 0;
                List<String> endings = List.of();
                for (String t : next) {
                    Integer j = index.get(t);
                    if (j != null) {
                        edges[count++] = j;
                        inDegree[j]++;
                    } else {
                        // an ending, or a broken reference already reported: do not pile on
                        endsHere[i] = true;
                        if (s.endings().containsKey(t)) {
                            endings = endings.isEmpty() ? new ArrayList<>(2) : endings;
                            endings.add(t);
                        }
                    }
                }
                forward[i] = count == edges.length ? edges : java.util.Arrays.copyOf(edges, count);
                endingsFrom.add(endings);
            }

            boolean[] reached = new boolean[n];
            int[] queue = new int[n];
            int head = 0;
            int tail = 0;
            List<String> roots = new ArrayList<>();
            roots.add(s.start());
            s.moodRules().triggers().forEach(t -> roots.add(t.next()));
            for (String root : roots) {
                Integer r = root == null ? null : index.get(root);
                if (r != null && !reached[r]) {
                    reached[r] = true;
                    queue[tail++] = r;
                }
                if (root != null && s.endings().containsKey(root)) {
                    endingsReached.add(root);
                }
            }
            while (head < tail) {
                int i = queue[head++];
                endingsReached.addAll(endingsFrom.get(i));
                for (int j : forward[i]) {
                    if (!reached[j]) {
                        reached[j] = true;
                        queue[tail++] = j;
                    }
                }
            }

            // Backwards from every node with a direct way out, over reversed edges.
            int[] offsets = new int[n + 1];
            for (int j = 0; j < n; j++) {
                offsets[j + 1] = offsets[j] + inDegree[j];
            }
            int[] fill = java.util.Arrays.copyOf(offsets, n);
            int[] reverse = new int[offsets[n]];
            for (int i = 0; i < n; i++) {
                for (int j : forward[i]) {
                    reverse[fill[j]++] = i;
                }
            }
            boolean[] canEnd = new boolean[n];
            head = 0;
            tail = 0;
            for (int i = 0; i < n; i++) {
                if (endsHere[i]) {
                    canEnd[i] = true;
                    queue[tail++] = i;
                }
            }
            while (head < tail) {
                int j = queue[head++];
                for (int k = offsets[j]; k < offsets[j + 1]; k++) {
                    int i = reverse[k];
                    if (!canEnd[i]) {
                        canEnd[i] = true;
                        queue[tail++] = i;
                    }
                }
            }

            for (int i = 0; i < n; i++) {
                Place p = NODES.key(ids.get(i));
                if (!reached[i]) {
                    warning(p, "the node \"" + ids.get(i) + "\" cannot be reached from the start \"" + s.start()
                            + "\" — point an option or route at it with next:, or remove it");
                }
            }
            if (!s.endings().isEmpty()) {
                traps(ids, forward, reached, canEnd);
            }
            for (String id : s.endings().keySet()) {
                if (!endingsReached.contains(id) && !s.nodes().containsKey(id)) {
                    warning(ENDINGS.key(id), "the ending \"" + id + "\" is never reached"
                            + " — point an option or route at it with next:, or remove it");
                }
            }
        }

        /**
         * Nodes the conversation can reach but never leave for an ending. Each loop among them is
         * reported once, at the next: that closes it, naming its nodes in order (a → b → a); a node
         * that only leads into such a loop is reported at the node, naming the loop it falls into.
         * Tarjan's algorithm, without recursion, finds the loops (strongly connected parts) in
         * time linear in the nodes and replies; it lists each part after every part it leads to.
         */
        private void traps(List<String> ids, int[][] forward, boolean[] reached, boolean[] canEnd) {
            int n = ids.size();
            boolean[] trapped = new boolean[n];
            boolean any = false;
            for (int i = 0; i < n; i++) {
                trapped[i] = reached[i] && !canEnd[i];
                any |= trapped[i];
            }
            if (!any) {
                return;
            }
            int[] order = new int[n];
            int[] low = new int[n];
            int[] part = new int[n];
            java.util.Arrays.fill(order, -1);
            java.util.Arrays.fill(part, -1);
            int[] stack = new int[n];
            boolean[] onStack = new boolean[n];
            int[] callNode = new int[n];
            int[] callEdge = new int[n];
            int sp = 0;
            int counter = 0;
            int parts = 0;
            List<List<Integer>> members = new ArrayList<>();
            for (int root = 0; root < n; root++) {
                if (!trapped[root] || order[root] >= 0) {
                    continue;
                }
                int depth = 0;
                callNode[0] = root;
                callEdge[0] = 0;
                order[root] = low[root] = counter++;
                stack[sp++] = root;
                onStack[root] = true;
                while (depth >= 0) {
                    int v = callNode[depth];
                    if (callEdge[depth] < forward[v].length) {
                        int w = forward[v][callEdge[depth]++];
                        if (!trapped[w]) {
                            continue;
                        }
                        if (order[w] < 0) {
                            order[w] = low[w] = counter++;
                            stack[sp++] = w;
                            onStack[w] = true;
                            depth++;
                            callNode[depth] = w;
                            callEdge[depth] = 0;
                        } else if (onStack[w]) {
                            low[v] = Math.min(low[v], order[w]);
                        }
                        continue;
                    }
                    if (low[v] == order[v]) {
                        List<Integer> these = new ArrayList<>();
                        int w;
                        do {
                            w = stack[--sp];
                            onStack[w] = false;
                            part[w] = parts;
                            these.add(w);
                        } while (w != v);
                        java.util.Collections.sort(these);
                        members.add(these);
                        parts++;
                    }
                    depth--;
                    if (depth >= 0) {
                        int u = callNode[depth];
                        low[u] = Math.min(low[u], low[v]);
                    }
                }
            }
            // Parts come sinks first, so the loop a part leads into is known before the part itself.
            String[] loopOf = new String[parts];
            for (int k = 0; k < parts; k++) {
                List<Integer> these = members.get(k);
                int first = these.get(0);
                boolean cyclic = these.size() > 1 || contains(forward[first], first);
                if (cyclic) {
                    loopOf[k] = loop(ids, forward, part, k, first, these);
                    continue;
                }
                for (int w : forward[first]) {
                    if (trapped[w] && part[w] != k && loopOf[part[w]] != null) {
                        loopOf[k] = loopOf[part[w]];
                        break;
                    }
                }
                if (loopOf[k] != null) {
                    error(NODES.key(ids.get(first)), "no ending can be reached from the node \"" + ids.get(first)
                            + "\": every reply leads into the loop " + loopOf[k] + ", which never ends"
                            + " — give one of its replies a next: naming an ending, or break the loop");
                }
                // otherwise it leads only to a node where the trainee cannot answer, reported there
            }
        }

        /** Reports one loop at the next: that closes it; returns how it reads (a → b → a). */
        private String loop(List<String> ids, int[][] forward, int[] part, int k, int first, List<Integer> these) {
            // The shortest way round from the loop's first node (in file order) back to it.
            Map<Integer, Integer> cameFrom = new HashMap<>();
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            queue.add(first);
            cameFrom.put(first, -1);
            int last = first;
            search:
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int w : forward[v]) {
                    if (w == first) {
                        last = v;
                        break search;
                    }
                    if (part[w] == k && !cameFrom.containsKey(w)) {
                        cameFrom.put(w, v);
                        queue.add(w);
                    }
                }
            }
            List<String> path = new ArrayList<>();
            for (int v = last; v != -1; v = cameFrom.get(v)) {
                path.add(0, ids.get(v));
            }
            path.add(ids.get(first));
            String cycle = String.join(" → ", path);
            String from = ids.get(last);
            String closing = closingNext(from, ids.get(first));
            List<String> names = new ArrayList<>();
            these.forEach(v -> names.add("\"" + ids.get(v) + "\""));
            String others = these.size() > path.size() - 1
                    ? " (the nodes " + String.join(", ", names) + " all lead only to one another)" : "";
            String message = (path.size() == 2
                    ? "the node \"" + from + "\" leads back to itself (" + cycle + ")"
                    : "the nodes " + cycle + " go round in a loop")
                    + " from which no ending can be reached" + others + " — this next: closes the loop; send it, or another"
                    + " reply of " + (path.size() == 2 ? "\"" + from + "\"" : orList(path.subList(0, path.size() - 1))) + ", to an ending";
            error(closing, message);
            return cycle;
        }

        /** The model path of the first next: in node {@code from} that names {@code to}. */
        private String closingNext(String from, String to) {
            Node node = s.nodes().get(from);
            Place p = NODES.key(from);
            for (int i = 0; i < node.options().size(); i++) {
                if (to.equals(node.options().get(i).next())) {
                    return p.key("options").index(i).key("next").toString();
                }
            }
            if (node.typed() != null) {
                for (int i = 0; i < node.typed().routes().size(); i++) {
                    if (to.equals(node.typed().routes().get(i).next())) {
                        return p.key("typed").key("routes").index(i).key("next").toString();
                    }
                }
                if (to.equals(node.typed().otherwise())) {
                    return p.key("typed").key("otherwise").toString();
                }
            }
            return p.toString();
        }

        /** {@code "a", "b" or "c"}. */
        private static String orList(List<String> ids) {
            List<String> quoted = ids.stream().map(id -> "\"" + id + "\"").toList();
            return quoted.size() == 1 ? quoted.get(0)
                    : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
        }

        private static boolean contains(int[] values, int wanted) {
            for (int v : values) {
                if (v == wanted) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A test's references: the ending it expects must be an ending, and its replies must fit the
         * nodes they are given at, as far as that can be known without scoring them (every pick at
         * the start; further ones while no mood trigger can turn the conversation elsewhere).
         * Warnings, not errors: a test is the author's check and never stops a trainee playing.
         */
        private void tests() {
            boolean triggers = !s.moodRules().triggers().isEmpty();
            for (int i = 0; i < s.tests().size(); i++) {
                ScenarioTest t = s.tests().get(i);
                Place tp = TESTS.index(i);
                String name = "test \"" + (blank(t.name()) ? "tests[" + i + "]" : t.name()) + "\"";
                if (t.ending() != null && !s.endings().containsKey(t.ending())) {
                    String endings = String.join(", ", s.endings().keySet());
                    warning(tp.key("ending"), s.nodes().containsKey(t.ending())
                            ? name + " expects the ending \"" + t.ending() + "\", but that is a node, and a test ends at an"
                                    + " ending — name one of " + endings
                            : name + " expects the ending \"" + t.ending() + "\", which is not an ending of this scenario — "
                                    + Spelling.closest(t.ending(), s.endings().keySet()).map(e -> "did you mean \"" + e + "\"?")
                                            .orElse("name one of " + endings));
                }
                if (t.ending() == null && t.outcome() == null) {
                    warning(tp, name + " says neither the ending nor the outcome to expect — add ending: or outcome:");
                }
                if (t.replies().isEmpty()) {
                    warning(tp, name + " has no replies — list them under replies:");
                }
                String at = s.start();
                for (int r = 0; r < t.replies().size() && at != null && s.nodes().containsKey(at); r++) {
                    Node node = s.nodes().get(at);
                    String reply = t.replies().get(r) == null ? "" : t.replies().get(r).strip();
                    Place rp = tp.key("replies").index(r);
                    int options = node.options().size();
                    if (options > 0 && reply.matches("\\d{1,9}")) {
                        int pick = Integer.parseInt(reply);
                        if (pick < 1 || pick > options) {
                            warning(rp, name + ": reply " + (r + 1) + " picks option " + pick + ", but the node \"" + at
                                    + "\" it is given at has " + (options == 1 ? "only option 1" : options + " options")
                                    + " — pick " + (options == 1 ? "1" : "1 to " + options)
                                    + (node.typed() != null ? ", or write the reply in words" : ""));
                            break;
                        }
                        at = node.options().get(pick - 1).next();
                    } else {
                        if (node.typed() == null && !reply.isEmpty() && !reply.startsWith("/")) {
                            warning(rp, name + ": reply " + (r + 1) + " is typed words, but the node \"" + at
                                    + "\" it is given at takes no typed reply — pick an option number from 1 to " + options);
                        }
                        break; // where a typed reply goes depends on its scores
                    }
                    if (triggers) {
                        break; // a mood trigger may send the conversation elsewhere
                    }
                    if (at != null && s.endings().containsKey(at) && r + 1 < t.replies().size()) {
                        warning(tp.key("replies").index(r + 1), name + ": the conversation has already ended at \"" + at
                                + "\" after reply " + (r + 1) + ", so reply " + (r + 2) + " and any after it are never given"
                                + " — remove them or change an earlier reply");
                        break;
                    }
                }
            }
        }

        private static List<String> successors(Node node) {
            List<String> out = new ArrayList<>(node.options().size() + 2);
            for (Option o : node.options()) {
                if (o.next() != null) {
                    out.add(o.next());
                }
            }
            if (node.typed() != null) {
                for (Route r : node.typed().routes()) {
                    if (r.next() != null) {
                        out.add(r.next());
                    }
                }
                if (node.typed().otherwise() != null) {
                    out.add(node.typed().otherwise());
                }
            }
            return out;
        }

        private void target(Place path, String next) {
            if (blank(next)) {
                error(path, "next: is empty — name the node or ending the conversation goes to");
            } else if (!targets.contains(next)) {
                error(path, "\"" + next + "\" is not a node or an ending — "
                        + Spelling.closest(next, targets).map(t -> "did you mean \"" + t + "\"?")
                                .orElse("add a node or ending with that id, or fix the name"));
            }
        }

        private void weight(String dimension, Double value) {
            if (value != null && (value < 0 || value.isNaN() || value.isInfinite())) {
                error(MOOD_RULES.key(dimension), "the " + dimension + " weight is " + value
                        + " — use a number of 0 or more (how many mood points a reply can move)");
            }
        }

        private void percent(Place scores, String what, Integer value) {
            if (value != null && (value < 0 || value > 100)) {
                error(scores.key(what), "the " + what + " score is " + value + " — use 0 to 100");
            }
        }

        private void blankEntries(Place path, List<String> items) {
            for (int i = 0; i < items.size(); i++) {
                if (blank(items.get(i))) {
                    error(path.index(i), "this entry is empty — write the words, or remove it");
                }
            }
        }

        /** Lower case, with each run of white space as one space: how two options are compared. */
        private static String normalise(String text) {
            StringBuilder out = new StringBuilder(text.length());
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    space = out.length() > 0;
                } else {
                    if (space) {
                        out.append(' ');
                        space = false;
                    }
                    out.append(c);
                }
            }
            return out.toString().toLowerCase(Locale.ROOT);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        private void error(String path, String message) {
            problems.add(Problem.error(path, message));
        }

        private void warning(String path, String message) {
            problems.add(Problem.warning(path, message));
        }

        private void error(Place place, String message) {
            error(place.toString(), message);
        }

        private void warning(Place place, String message) {
            warning(place.toString(), message);
        }
    }

}
