"""The concept lexicons of feedback.analysis.safeguarding: one module a group of kinds of harm, the
names of the kinds, and the word classes they share."""
