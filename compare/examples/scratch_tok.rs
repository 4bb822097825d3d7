fn main() {
    let dir = newstext_compare::default_data_dir();
    let text = std::fs::read_to_string(dir.join("en.txt")).unwrap();
    let mut n = 0usize;
    for _ in 0..5 {
        for t in newstext::token::tokenize(&text) {
            n = n.wrapping_add(t.end());
        }
    }
    println!("{n}");
}
