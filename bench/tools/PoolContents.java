import com.sun.tools.attach.VirtualMachine;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Prints Liberty's connection pool contents of a running server (each managed connection's state,
 * the thread holding it, its transaction), through the JVM's local JMX agent. For a pool that runs
 * dry under load: which connections are in use, shared or not, and who holds them.
 */
public class PoolContents {
    public static void main(String[] args) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        MBeanServerConnection server =
                JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()))
                        .getMBeanServerConnection();
        ObjectName pools =
                new ObjectName("WebSphere:type=com.ibm.ws.jca.cm.mbean.ConnectionManagerMBean,*");
        for (ObjectName pool : server.queryNames(pools, null)) {
            System.out.println(server.invoke(pool, "showPoolContents", null, null));
        }
    }
}
