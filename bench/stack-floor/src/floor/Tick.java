package floor;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

@Singleton
public class Tick {
    @Schedule(hour = "*", minute = "*/30", persistent = true)
    void tick() {}
}
