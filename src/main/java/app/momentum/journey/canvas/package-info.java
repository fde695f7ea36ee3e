/**
 * The rules of the journey map drawn as one picture (the canvas): its lanes and each user's choice of them, the
 * peak and end the emotion lane marks, and which moments a live update must resend. Plain Java, no Spring, so
 * they are unit-tested (and mutation-tested) on their own; the view ({@code journey.ui}) turns them into JSON.
 */
package app.momentum.journey.canvas;
