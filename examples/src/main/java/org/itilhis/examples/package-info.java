/**
 * Runnable scenarios of the hospital service desk, wired by hand on the test kit's
 * in-memory adapters: {@link org.itilhis.examples.ServiceDeskWalkthrough} tells the story
 * of a hospital service desk from the first call to the rated incident, and
 * {@link org.itilhis.examples.EmbeddingSample} is the embedding example the README shows.
 */
package org.itilhis.examples;
