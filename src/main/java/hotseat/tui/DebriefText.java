package hotseat.tui;

import hotseat.debrief.Debrief;

/** Renders a run's debrief as the text the debrief screen pages through. */
@FunctionalInterface
interface DebriefText {
    String render(Debrief debrief);
}
