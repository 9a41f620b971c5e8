package floor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class Things {
    @PersistenceContext(unitName = "floor")
    EntityManager em;

    /** The entity as Hibernate mapped it, and one statement through the server's datasource. */
    public String ping() {
        return em.getMetamodel().entity(Thing.class).getName()
                + " "
                + em.createNativeQuery("select 1").getSingleResult();
    }
}
