package floor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

@ApplicationScoped
@Path("hello")
public class Hello {
    @Inject Greeting greeting;

    @GET
    @Produces("text/plain")
    public String hello() {
        return "hello";
    }
}
