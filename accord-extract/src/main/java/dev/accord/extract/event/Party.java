package dev.accord.extract.event;

import dev.accord.model.Actor;
import dev.accord.model.CharSpan;

/**
 * An actor in an event while the event is built.
 *
 * @param sector the sector the words around the mention give ("officials" are GOV), or {@code null}
 * @param span   the words that name the actor in this event
 */
record Party(Actor actor, String sector, CharSpan span) {
}
