package org.amparo.core.camera;

import java.time.Clock;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Transactions;

/**
 * What {@link CameraService} needs.
 *
 * @param tx transactions
 * @param cameras the camera store
 * @param audit the audit log
 * @param clock time source
 * @param ids identifier source
 */
public record CameraPorts(Transactions tx, CameraStore cameras, AuditLog audit, Clock clock, Ids ids) {}
