package hotseat.tui;

import hotseat.conversation.ConversationState;

/** Renders a conversation's debrief as text, with or without ANSI colour. */
@FunctionalInterface
public interface DebriefText {
    String render(ConversationState conversation, boolean colour);
}
