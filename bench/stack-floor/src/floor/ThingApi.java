package floor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** The one JPA read of the variants that carry the product's libraries. */
@ApplicationScoped
@Path("thing")
public class ThingApi {
    @Inject Things things;

    @GET
    @Produces("text/plain")
    public String thing() {
        return things.ping();
    }
}
