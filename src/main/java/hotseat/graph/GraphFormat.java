package hotseat.graph;

import java.util.function.Function;

/** The diagram languages a branch map can be written in. */
public enum GraphFormat {
    DOT(DotWriter::write),
    MERMAID(MermaidWriter::write);

    private final Function<BranchMap, String> writer;

    GraphFormat(Function<BranchMap, String> writer) {
        this.writer = writer;
    }

    public String write(BranchMap map) {
        return writer.apply(map);
    }
}
