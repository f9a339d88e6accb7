/**
 * Shared kernel: the signed-in actor and data scope, domain exceptions, problem details,
 * locale handling and Excel writing used by every module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.yuanwu.common;
