package hotseat.tui;

import hotseat.conversation.Action;
import hotseat.conversation.ConversationState;

/**
 * Keeps the run on disk while it is played: told when it begins and after every action, so that
 * Ctrl-C, a closed terminal or a crash loses nothing already answered.
 */
public interface RunRecorder {

    /** A run begins at {@code start}. */
    void begin(ConversationState start) throws Exception;

    /** {@code action} was applied and led to {@code after}. */
    void record(Action action, ConversationState after) throws Exception;
}
