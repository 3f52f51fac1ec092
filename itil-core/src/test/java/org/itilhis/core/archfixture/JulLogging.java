package org.itilhis.core.archfixture;

import java.util.logging.Logger;

/** Planted violation: uses java.util.logging (allowed by core's java.util.. allowlist, caught by the general rule). */
public final class JulLogging {
    private static final Logger LOG = Logger.getLogger(JulLogging.class.getName());

    public void log(String text) {
        LOG.info(text);
    }
}
