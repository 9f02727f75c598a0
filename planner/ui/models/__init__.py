"""Qt item models over lists of DTOs; views never touch the database directly."""
