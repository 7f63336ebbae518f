package routes.queue;

/** A message a worker holds under lease until it acknowledges it. */
public record LeasedMessage(String leaseMember, String payload) {
}
