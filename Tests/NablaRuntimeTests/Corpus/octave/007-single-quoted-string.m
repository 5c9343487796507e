'hello'
s = 'it''s fine'
