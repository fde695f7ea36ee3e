/**
 * Shared infrastructure every feature builds on: the root of tenant-owned entities ({@code TenantOwnedEntity}), the
 * exceptions that carry a message key to the user, validation, and in its sub-packages translations ({@code i18n}),
 * CSV and XLSX reading ({@code csv}, {@code xlsx}), live events and presence ({@code live}) and the shared UI pieces
 * ({@code ui}, {@code ui.chart}).
 *
 * <p>Declared an <em>open</em> application module on purpose. These are building blocks, not a feature with
 * internals to hide: a view in any module uses {@code ui.TextLimits} or {@code ui.EditorDialog} the way it uses a
 * Vaadin component, and an import uses {@code csv.CsvTokenizer}. A closed module would either force all of them into
 * this one package or a named interface per sub-package, with nothing gained. In exchange {@code base} must stay at
 * the bottom and depend on no feature module. Modulith leaves open modules out of its cycle check, so
 * {@code ModularityTests} checks that itself (today the app shell — {@code ui.MainLayout} and the menu — still
 * reaches into user, security, platform and notification; it is due to leave {@code base} for its own module).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package app.momentum.base;

import org.springframework.modulith.ApplicationModule;
