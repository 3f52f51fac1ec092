/**
 * Runnable scenarios of the hospital service desk, wired by hand:
 * {@link org.itilhis.examples.HospitalServiceDesk} runs the demo hospital's service desk as a
 * server (the REST adapter over the JDBC adapter, H2 by default, PostgreSQL or MariaDB by
 * {@link org.itilhis.examples.ServerConfiguration}, demo tokens by
 * {@link org.itilhis.examples.DemoTokens});
 * {@link org.itilhis.examples.ServiceDeskWalkthrough} tells the story of a hospital service
 * desk from the first call to the rated incident on the test kit's in-memory adapters, and
 * {@link org.itilhis.examples.EmbeddingSample} is the embedding example the README shows.
 */
package org.itilhis.examples;
