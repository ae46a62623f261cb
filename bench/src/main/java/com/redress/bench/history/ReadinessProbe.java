package com.redress.bench.history;

import com.redress.testkit.suite.ServiceProcess;

/**
 * When a freshly started service is ready: not when it says it is healthy, but when it serves a case opened after it
 * started, end to end, as its users would see it. Knows nothing of how the service keeps its state.
 */
public interface ReadinessProbe {

    /** Called as soon as the instance's process has been started. */
    void started(ServiceProcess instance);

    /** Whether the instance now serves a fresh case; called every few hundred milliseconds until it does. */
    boolean isReady(ServiceProcess instance);
}
