package floor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "floor_thing")
public class Thing {
    @Id public long id;
    public String name;
}
