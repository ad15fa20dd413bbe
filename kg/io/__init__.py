"""Reading articles in and writing graphs out."""
