package dev.planetl.job;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The process that reads documents, as {@code planetl status} names it: its host and process id. With several
 * workers on several machines this says which one staged a document (or recorded its failure).
 */
public record WorkerId(String host, long pid) {

    /** This process: the host name the system reports ({@code HOSTNAME} first, as a container sets it). */
    public static WorkerId current() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "unknown-host";
            }
        }
        return new WorkerId(host, ProcessHandle.current().pid());
    }

    @Override
    public String toString() {
        return host + " pid " + pid;
    }
}
