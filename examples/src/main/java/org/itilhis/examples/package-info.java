/**
 * Runnable scenarios of the hospital service desk, wired by hand on the test kit's
 * in-memory adapters: {@link org.itilhis.examples.ServiceDeskWalkthrough} tells the story
 * of DOMAIN.md from the first call to the rated incident.
 */
package org.itilhis.examples;
