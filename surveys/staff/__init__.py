"""Staff identity and access: sign-in, two-factor codes, passwords, who may see what, admin."""
