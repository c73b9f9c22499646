"""Camera frame sources: a real camera or video file through OpenCV, or images from disk."""
