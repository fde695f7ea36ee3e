package app.momentum.base;

import java.io.Serializable;

/** A message argument that is itself translated (e.g. a status label), not shown as it is. */
public record Translatable(String key) implements Serializable {
}
