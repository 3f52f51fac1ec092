package org.itilhis.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;
import static org.itilhis.testkit.DemoHospital.NURSE_WANG;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.servlet.ServletContainer;
import org.itilhis.adapters.rest.auth.BearerTokenAuthenticator;
import org.itilhis.testkit.DemoHospital;
import org.itilhis.testkit.memory.InMemoryIdempotencyStore;
import org.itilhis.testkit.memory.InMemoryServiceDesk;
import org.junit.jupiter.api.Test;

/**
 * The application mounted by someone else's container, as a hospital's own web application
 * would: Jersey's servlet under {@code /his/itil/*} of a context of its own. Paths and the
 * {@code Location} of created resources follow the mount point.
 */
class MountedApplicationTest {

    @Test
    void servesUnderTheHostsMountPoint() throws Exception {
        InMemoryServiceDesk desk = DemoHospital.inMemory();
        RestApi api = RestApi.builder().serviceDesk(desk.desk.desk()).tickets(desk.desk.tickets())
                .queries(desk.desk.queries()).contactQueries(desk.desk.contactQueries())
                .idempotency(new InMemoryIdempotencyStore(desk.transactions), desk.transactions)
                .authenticator(BearerTokenAuthenticator.builder().grantToken("desk", AGENT_CHEN).build())
                .build();
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/his");
        context.addServlet(new ServletHolder(new ServletContainer(api.resourceConfig())), "/itil/*");
        server.setHandler(context);
        server.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/his/itil/");
            HttpResponse<String> created = OpenApiAnswers.send(HttpClient.newHttpClient(),
                    HttpRequest.newBuilder(base.resolve("api/v1/contacts"))
                    .header("Authorization", "Bearer desk").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(RunningApi.JSON.writeValueAsString(
                            Desk.contact(NURSE_WANG, "ward-5-east", "Printer jam"))))
                    .build());

            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.headers().firstValue("Location").orElseThrow())
                    .startsWith(base.resolve("api/v1/contacts/").toString());
        } finally {
            server.stop();
        }
    }
}
