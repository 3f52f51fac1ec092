package org.itilhis.ports.in.archfixture;

import org.itilhis.ports.out.archfixture.FixtureRepository;
import org.itilhis.ports.service.archfixture.OutageService;

/** Planted violation: an inbound port that reaches for an outbound port and an application service. */
public interface LeakyOutageQueries {
    FixtureRepository repository();

    OutageService service();
}
